package com.mallboard.product;

import java.time.Instant;

/** One line of a product's stage history. {@code from} is null for the product's creation. */
public record StageMove(long productId, Stage from, Stage to, Instant movedAt, String movedBy, String reason) {
}
