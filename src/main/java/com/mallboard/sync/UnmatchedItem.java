package com.mallboard.sync;

/**
 * Order lines no product claims, grouped by what the mall sent: mapping the group to a product once matches every
 * line with that key, now and in later orders.
 */
public record UnmatchedItem(long mallRef, String mallName, String itemKey, String customProductCode,
        String productName, String optionValue, int lines, int quantity) {
}
