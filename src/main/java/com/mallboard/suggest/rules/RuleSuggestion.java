package com.mallboard.suggest.rules;

import com.mallboard.product.Stage;
import java.time.LocalDate;

/**
 * An action a rule suggests for a product at its current {@code stage}, with the title and description in the
 * user's language, its due date ({@code null} when the rule sets none) and the reason it is suggested.
 */
public record RuleSuggestion(SuggestionRule rule, Stage stage, String title, String description, LocalDate dueDate,
        Priority priority, boolean requiredByGate, RuleReason reason) {
}
