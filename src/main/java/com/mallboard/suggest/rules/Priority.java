package com.mallboard.suggest.rules;

/** How urgent a suggested action is; suggestions are shown highest first. */
public enum Priority {
    HIGH, MEDIUM, LOW;

    public String messageKey() {
        return "suggest.rules.priority." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
