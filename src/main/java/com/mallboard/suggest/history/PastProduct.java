package com.mallboard.suggest.history;

import com.mallboard.product.NewProduct;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.product.Tags;
import com.mallboard.product.WalkedProduct;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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

    /**
     * This history as a product to store with {@code details}: its stages entered in board order, then done at
     * {@code completedAt}, with every action done; the demo and the benchmarks fill a store this way.
     */
    public WalkedProduct toWalked(ProductDetails details, boolean demo) {
        List<WalkedProduct.StageEntry> entries = new ArrayList<>();
        List<WalkedProduct.PastAction> actions = new ArrayList<>();
        new TreeMap<>(stages).forEach((stage, visit) -> {
            entries.add(new WalkedProduct.StageEntry(stage, visit.enteredAt()));
            visit.actionTitles().forEach(title -> actions.add(new WalkedProduct.PastAction(title, stage, true)));
        });
        entries.add(new WalkedProduct.StageEntry(Stage.DONE, completedAt));
        return new WalkedProduct(new NewProduct(details, tags, Stage.DONE, demo, completedAt), entries, actions);
    }
}
