package com.mallboard.suggest.rules;

/** Someone else changed or deleted the rule after the caller read it; nothing was written. */
public class StaleRuleException extends RuntimeException {
    private final long ruleId;

    public StaleRuleException(long ruleId) {
        super("Suggestion rule " + ruleId + " was changed or deleted by someone else");
        this.ruleId = ruleId;
    }

    public long ruleId() {
        return ruleId;
    }
}
