package com.mallboard.product;

import java.util.Optional;

/** The stages a product walks through on the board, in board order. */
public enum Stage {
    PLANNING, SOURCING, LABELING, SHIPMENT, DONE;

    public Optional<Stage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public boolean isBefore(Stage other) {
        return ordinal() < other.ordinal();
    }

    /** Key of the stage's display name in the message bundles. */
    public String messageKey() {
        return "stage." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
