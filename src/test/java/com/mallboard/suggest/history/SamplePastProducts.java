package com.mallboard.suggest.history;

import com.mallboard.product.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-made past products for the tests: one stage with its actions, entered a day before completion. */
final class SamplePastProducts {
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private SamplePastProducts() {
    }

    static PastProduct done(long id, Set<String> tags, long daysAgo, Stage stage, String... actions) {
        Instant completed = NOW.minus(Duration.ofDays(daysAgo));
        return new PastProduct(id, tags, Map.of(stage, new StageVisit(completed.minus(Duration.ofDays(1)),
                List.of(actions))), completed);
    }
}
