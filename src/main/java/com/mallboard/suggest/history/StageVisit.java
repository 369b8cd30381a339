package com.mallboard.suggest.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One stage of a past product: when the product entered it and the actions it had there, titles as typed. */
public record StageVisit(Instant enteredAt, List<String> actionTitles) {
    public StageVisit {
        Objects.requireNonNull(enteredAt, "enteredAt");
        actionTitles = List.copyOf(actionTitles);
    }
}
