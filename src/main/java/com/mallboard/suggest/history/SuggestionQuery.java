package com.mallboard.suggest.history;

import com.mallboard.product.Stage;
import com.mallboard.product.Tags;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * "What did products like this one do in this stage?" asked at {@code at}: only products completed before that
 * moment are consulted, and recency is measured from it.
 */
public record SuggestionQuery(long productId, Set<String> tags, Stage stage, Instant at, int limit) {
    public SuggestionQuery {
        tags = Set.copyOf(Tags.normalise(tags));
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(at, "at");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }
}
