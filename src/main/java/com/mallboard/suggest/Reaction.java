package com.mallboard.suggest;

/** What a manager did with a suggestion. */
public enum Reaction {
    /** Turned into a checklist action. */
    ACCEPTED,
    /** Not wanted for this product; never shown for it again. */
    DISMISSED,
    /** Not now; shown again from {@link SuggestionReaction#snoozedUntil()}. */
    SNOOZED
}
