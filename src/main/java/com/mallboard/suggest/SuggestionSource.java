package com.mallboard.suggest;

import com.mallboard.product.ActionSource;

/** Where a suggestion comes from; accepting it adds a checklist action marked with the matching source. */
public enum SuggestionSource {
    RULE(ActionSource.RULE),
    LEARNED(ActionSource.LEARNED);

    private final ActionSource actionSource;

    SuggestionSource(ActionSource actionSource) {
        this.actionSource = actionSource;
    }

    public ActionSource actionSource() {
        return actionSource;
    }
}
