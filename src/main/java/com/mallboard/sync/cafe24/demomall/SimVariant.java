package com.mallboard.sync.cafe24.demomall;

/**
 * A snapshot of one variant: {@code optionValue} as order lines spell it ({@code "색상=01 코랄"}, empty for a product
 * without options), {@code customVariantCode} empty until set.
 */
public record SimVariant(String variantCode, String customVariantCode, String optionValue, int stock) {
}
