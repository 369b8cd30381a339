package com.mallboard.suggest.ui.rules;

import java.util.Map;

/** The parts of the rule form a validation problem is shown next to. */
public enum FormSlot {
    CODE, NAME, STAGES, TAGS, CONDITIONS, TITLE, DUE, OTHER;

    private static final Map<String, FormSlot> BY_KEY = Map.ofEntries(
            Map.entry("suggest.rules.invalid.code", CODE),
            Map.entry("suggest.rules.invalid.code.duplicate", CODE),
            Map.entry("suggest.rules.invalid.name", NAME),
            Map.entry("suggest.rules.invalid.stages", STAGES),
            Map.entry("suggest.rules.invalid.tag.blank", TAGS),
            Map.entry("suggest.rules.invalid.tag.conflict", TAGS),
            Map.entry("suggest.rules.invalid.condition", CONDITIONS),
            Map.entry("suggest.rules.invalid.days", CONDITIONS),
            Map.entry("suggest.rules.invalid.field", CONDITIONS),
            Map.entry("suggest.rules.invalid.title", TITLE),
            Map.entry("suggest.rules.invalid.title.long", TITLE),
            Map.entry("suggest.rules.invalid.due", DUE));

    /** Where the problem with bundle key {@code key} belongs; a key the form does not know shows under the buttons. */
    public static FormSlot of(String key) {
        return BY_KEY.getOrDefault(key, OTHER);
    }
}
