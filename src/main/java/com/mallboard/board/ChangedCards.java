package com.mallboard.board;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What another desktop changed on the board: the products whose cards must be read again, or everything (a bulk
 * change too big to list, or a time when changes may have been missed).
 */
public record ChangedCards(Set<Long> productIds, boolean everything) {
    /** Every card may have changed: read the whole board again. */
    public static final ChangedCards EVERYTHING = new ChangedCards(Set.of(), true);

    public ChangedCards {
        productIds = everything ? Set.of() : Set.copyOf(productIds);
    }

    public static ChangedCards of(Collection<Long> productIds) {
        return new ChangedCards(Set.copyOf(productIds), false);
    }

    /** Both changes as one: the union of the products, or everything if either says so. */
    public ChangedCards plus(ChangedCards other) {
        if (other == null) {
            return this;
        }
        if (everything || other.everything) {
            return EVERYTHING;
        }
        Set<Long> union = new HashSet<>(productIds);
        union.addAll(other.productIds);
        return new ChangedCards(union, false);
    }

    public boolean isEmpty() {
        return !everything && productIds.isEmpty();
    }
}
