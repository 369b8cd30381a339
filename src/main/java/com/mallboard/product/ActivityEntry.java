package com.mallboard.product;

import java.time.Instant;

/** One field change in a product's activity log. */
public record ActivityEntry(long productId, String field, String oldValue, String newValue, Instant changedAt,
        String changedBy) {
}
