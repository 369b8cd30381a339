package com.mallboard.suggest.rules;

/**
 * The "then" of a rule: the checklist action it suggests. {@code due} may be {@code null} (no due date);
 * {@code requiredByGate} marks an action the stage gate should require done before the product moves on.
 */
public record RuleAction(LocalizedText title, LocalizedText description, DueDate due, Priority priority,
        boolean requiredByGate) {

    public RuleAction {
        description = description == null ? LocalizedText.none() : description;
        priority = priority == null ? Priority.MEDIUM : priority;
    }
}
