package com.mallboard.product;

import java.time.Instant;
import java.util.List;

/**
 * A product stored together with the road it already walked: when it entered each stage, in order, and the
 * checklist actions it had there. The demo's past products are made this way, so learned suggestions and stage
 * durations have a history to read on a fresh install. The product's stage and stage entry are those of the last
 * entry.
 */
public record WalkedProduct(NewProduct product, List<StageEntry> entries, List<PastAction> actions) {

    public WalkedProduct {
        entries = List.copyOf(entries);
        actions = List.copyOf(actions);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a walked product has at least one stage entry");
        }
    }

    /** A product that has only just entered its stage, with no road behind it. */
    public static WalkedProduct justEntered(NewProduct product) {
        return new WalkedProduct(product, List.of(new StageEntry(product.stage(), product.stageEnteredAt())), List.of());
    }

    /** The product entered {@code stage} at {@code at}. */
    public record StageEntry(Stage stage, Instant at) {
    }

    /** An action the product had in {@code stage}; it is stored as added when the product entered that stage. */
    public record PastAction(String title, Stage stage, boolean done) {
    }
}
