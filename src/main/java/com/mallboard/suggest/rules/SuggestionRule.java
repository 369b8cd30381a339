package com.mallboard.suggest.rules;

/**
 * A rule a manager reads and edits: when {@code trigger} holds, suggest {@code action}. {@code code} is the rule's
 * stable, unique name in files and seeding (lower-case letters, digits and dashes); {@code id} is {@code null} until
 * the rule is stored.
 */
public record SuggestionRule(Long id, String code, LocalizedText name, boolean enabled, RuleTrigger trigger,
        RuleAction action) {

    public SuggestionRule withId(long newId) {
        return new SuggestionRule(newId, code, name, enabled, trigger, action);
    }

    public SuggestionRule withEnabled(boolean on) {
        return new SuggestionRule(id, code, name, on, trigger, action);
    }
}
