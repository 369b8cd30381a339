package com.mallboard.suggest;

import java.util.List;

/** The memory of what managers did with suggestions (port; stored by {@code store.JooqSuggestionReactionRepository}). */
public interface SuggestionReactions {

    void record(SuggestionReaction reaction);

    /** Every reaction for the product, oldest first. */
    List<SuggestionReaction> forProduct(long productId);
}
