package com.mallboard.suggest.rules;

import java.util.List;

/** The stored rules, in the order they were added. Callers validate before saving. */
public interface RuleRepository {

    List<SuggestionRule> all();

    /** Adds a rule without an id, or replaces the stored rule with the same id; returns it with its id. */
    SuggestionRule save(SuggestionRule rule);

    void delete(long ruleId);

    void setEnabled(long ruleId, boolean enabled);

    /** Deletes every rule and stores {@code rules} in their order, in one transaction. */
    List<SuggestionRule> replaceAll(List<SuggestionRule> rules);
}
