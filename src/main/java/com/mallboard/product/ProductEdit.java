package com.mallboard.product;

import java.util.Set;

/**
 * Wanted details and tags for a product: a new one when {@code current} is null, else a change to {@code current}.
 * {@code stage} is where a new product starts; a change never moves the product (moves are made on the board).
 */
public record ProductEdit(Product current, ProductDetails details, Set<String> tags, Stage stage) {

    public ProductEdit {
        tags = Tags.normalise(tags);
        stage = stage == null ? Stage.PLANNING : stage;
    }

    /** A new product in planning, or a change to {@code current}. */
    public ProductEdit(Product current, ProductDetails details, Set<String> tags) {
        this(current, details, tags, current == null ? Stage.PLANNING : current.stage());
    }

    public boolean isNew() {
        return current == null;
    }
}
