package com.mallboard.product;

import java.util.List;
import java.util.Set;

/** A change to a stored product as the repository writes it: the version it was read at and its activity lines. */
public record ProductUpdate(long id, int expectedVersion, ProductDetails details, Set<String> tags,
        List<ActivityEntry> changes) {

    public ProductUpdate {
        tags = Set.copyOf(tags);
        changes = List.copyOf(changes);
    }
}
