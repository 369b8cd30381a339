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

    /** Same details, tags, stage and trash state: what a person sees, whatever the version says. */
    public boolean sameContentAs(Product other) {
        return other != null && details.equals(other.details) && tags.equals(other.tags) && stage == other.stage
                && inTrash() == other.inTrash();
    }

    public String sku() {
        return details.sku();
    }

    public String name() {
        return details.name();
    }
}
