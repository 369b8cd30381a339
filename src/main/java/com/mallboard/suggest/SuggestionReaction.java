package com.mallboard.suggest;

import com.mallboard.product.Stage;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One reaction to a suggestion for a product at a stage. {@code key} names the suggestion across sources (a rule's
 * code); {@code reason} is the optional word a manager gives when dismissing; {@code snoozedUntil} is set only for
 * {@link Reaction#SNOOZED}, the Seoul date from which it is shown again.
 */
public record SuggestionReaction(long productId, String key, Stage stage, Reaction reaction, String reason,
        LocalDate snoozedUntil, Instant at, String who) {
}
