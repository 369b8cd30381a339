package com.mallboard.sync;

/** A small mark on a board card: one mall and how the product stands there. {@code problem} explains failures. */
public record ListingChip(long mallRef, String mallName, ListingStatus status, String problem) {
}
