package com.mallboard.suggest.ui.rules;

import com.mallboard.common.Messages;
import com.mallboard.suggest.rules.RuleTrigger;
import com.mallboard.suggest.rules.SuggestionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How the rule table names a rule's parts, in the app's language; also what the search box looks through. */
public final class RuleSummary {
    private final Messages messages;

    public RuleSummary(Messages messages) {
        this.messages = messages;
    }

    public String name(SuggestionRule rule) {
        return rule.name().in(messages.locale());
    }

    public String title(SuggestionRule rule) {
        return rule.action().title().in(messages.locale());
    }

    /** "소싱, 라벨링", in board order. */
    public String stages(SuggestionRule rule) {
        return rule.trigger().stages().stream().sorted().map(stage -> messages.get(stage.messageKey()))
                .collect(Collectors.joining(", "));
    }

    /** "모두 sunscreen · 하나 이상 spf50, spf30 · 제외 sample"; the conditions count is added when there are any. */
    public String tags(SuggestionRule rule) {
        RuleTrigger when = rule.trigger();
        List<String> parts = new ArrayList<>();
        part(parts, "suggest.rules.editor.summary.all", when.allTags());
        part(parts, "suggest.rules.editor.summary.any", when.anyTags());
        part(parts, "suggest.rules.editor.summary.none", when.noneTags());
        if (!when.conditions().isEmpty()) {
            parts.add(messages.get("suggest.rules.editor.summary.conditions", when.conditions().size()));
        }
        return String.join(" · ", parts);
    }

    public String priority(SuggestionRule rule) {
        return messages.get(rule.action().priority().messageKey());
    }

    public String gate(SuggestionRule rule) {
        return rule.action().requiredByGate() ? messages.get("suggest.rules.editor.gate.required") : "";
    }

    /** Whether every word typed is in the rule's code, names, titles or tags (either language, case aside). */
    public boolean matches(SuggestionRule rule, String typed) {
        if (typed == null || typed.isBlank()) {
            return true;
        }
        String haystack = String.join(" ", rule.code(), String.valueOf(rule.name().ko()), String.valueOf(rule.name().en()),
                String.valueOf(rule.action().title().ko()), String.valueOf(rule.action().title().en()),
                String.join(" ", rule.trigger().allTags()), String.join(" ", rule.trigger().anyTags()),
                String.join(" ", rule.trigger().noneTags())).toLowerCase(Locale.ROOT);
        for (String word : typed.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private void part(List<String> parts, String key, Set<String> tags) {
        if (!tags.isEmpty()) {
            parts.add(messages.get(key, String.join(", ", tags)));
        }
    }
}
