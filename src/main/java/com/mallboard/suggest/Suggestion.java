package com.mallboard.suggest;

import com.mallboard.product.Stage;
import com.mallboard.suggest.rules.Priority;
import com.mallboard.suggest.rules.RuleSuggestion;
import java.time.LocalDate;

/**
 * A next step shown on the panel, whatever its source: {@code key} identifies it for the reaction memory (a rule's
 * code, or {@code learned:} and the action's key), the texts are in the user's language and {@code reason} says why
 * it is suggested. {@code dueDate} may be null. {@code confidence} orders suggestions of one priority: 1 for a rule,
 * which a manager wrote, below 1 for what history suggests. {@code requiredByGate}: accepting it makes an action the
 * stage gate requires done (only a rule can say so; learned suggestions never do).
 */
public record Suggestion(SuggestionSource source, String key, Stage stage, String title, String description,
        LocalDate dueDate, Priority priority, String reason, double confidence, boolean requiredByGate) {

    public static final double RULE_CONFIDENCE = 1;

    public static Suggestion of(RuleSuggestion rule) {
        return new Suggestion(SuggestionSource.RULE, rule.rule().code(), rule.stage(), rule.title(),
                rule.description(), rule.dueDate(), rule.priority(), rule.reason().text(), RULE_CONFIDENCE,
                rule.requiredByGate());
    }
}
