package com.mallboard.suggest.history;

import com.mallboard.product.Stage;
import com.mallboard.product.Tags;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A product that walked the whole board: its tags, what it did in each stage (and when it entered the stage), and
 * when it was done. Only completed products teach the learned suggestions.
 */
public record PastProduct(long id, Set<String> tags, Map<Stage, StageVisit> stages, Instant completedAt) {
    public PastProduct {
        Objects.requireNonNull(completedAt, "completedAt");
        tags = Set.copyOf(Tags.normalise(tags));
        stages = stages.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(stages));
    }

    public Optional<StageVisit> visit(Stage stage) {
        return Optional.ofNullable(stages.get(stage));
    }
}
