package com.mallboard.product;

import java.time.Instant;
import java.util.Set;

/** A product about to be stored: the demo catalogue and the benchmark create products already mid-workflow. */
public record NewProduct(ProductDetails details, Set<String> tags, Stage stage, boolean demo, Instant stageEnteredAt) {

    public NewProduct {
        tags = Tags.normalise(tags);
    }
}
