package com.mallboard.product;

import java.util.Set;

/** Wanted details and tags for a product: a new one when {@code current} is null, else a change to {@code current}. */
public record ProductEdit(Product current, ProductDetails details, Set<String> tags) {

    public ProductEdit {
        tags = Tags.normalise(tags);
    }

    public boolean isNew() {
        return current == null;
    }
}
