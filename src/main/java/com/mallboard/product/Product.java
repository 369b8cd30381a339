package com.mallboard.product;

import java.time.Instant;
import java.util.Set;

/**
 * A stored product. {@code version} guards against two windows (or two people) overwriting each other;
 * {@code stageEnteredAt} drives the card's "days in stage".
 */
public record Product(
        long id,
        ProductDetails details,
        Stage stage,
        Set<String> tags,
        boolean demo,
        Instant stageEnteredAt,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        int version) {

    public Product {
        tags = Set.copyOf(tags);
    }

    public boolean inTrash() {
        return deletedAt != null;
    }

    public String sku() {
        return details.sku();
    }

    public String name() {
        return details.name();
    }
}
