package com.mallboard.suggest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The memory of what managers did with suggestions (port; stored by {@code store.JooqSuggestionReactionRepository}). */
public interface SuggestionReactions {

    void record(SuggestionReaction reaction);

    /**
     * Runs {@code alongside} (a store write of another feature, e.g. adding the checklist action) and records
     * {@code reaction} in one transaction: both are stored or neither. Returns what {@code alongside} returned.
     */
    <T> T recordWith(SuggestionReaction reaction, Supplier<T> alongside);

    /** Every reaction for the product, oldest first. */
    List<SuggestionReaction> forProduct(long productId);

    /** Every reaction for each of these products, oldest first; products without any are left out. */
    Map<Long, List<SuggestionReaction>> forProducts(Collection<Long> productIds);

    /** Every reaction, for any product, to suggestions whose key starts with {@code prefix}, oldest first. */
    List<SuggestionReaction> withKeyPrefix(String prefix);
}
