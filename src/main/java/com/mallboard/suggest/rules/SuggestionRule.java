package com.mallboard.suggest.rules;

/**
 * A rule a manager reads and edits: when {@code trigger} holds, suggest {@code action}. {@code code} is the rule's
 * stable, unique name in files and seeding (lower-case letters, digits and dashes); {@code id} is {@code null} until
 * the rule is stored. {@code version} counts the rule's edits (optimistic locking): saving a rule read at one
 * version after someone else saved it raises {@link StaleRuleException}.
 */
public record SuggestionRule(Long id, String code, LocalizedText name, boolean enabled, RuleTrigger trigger,
        RuleAction action, int version) {

    /** A rule not read from the store (new, from a file, a default): version 0, so saving it is not checked. */
    public SuggestionRule(Long id, String code, LocalizedText name, boolean enabled, RuleTrigger trigger,
            RuleAction action) {
        this(id, code, name, enabled, trigger, action, 0);
    }

    public SuggestionRule withId(long newId) {
        return new SuggestionRule(newId, code, name, enabled, trigger, action, version);
    }

    public SuggestionRule withEnabled(boolean on) {
        return new SuggestionRule(id, code, name, on, trigger, action, version);
    }

    public SuggestionRule withVersion(int newVersion) {
        return new SuggestionRule(id, code, name, enabled, trigger, action, newVersion);
    }
}
