package com.mallboard.product;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How far a product's checklist is: done of total, how many open actions are past due, and the titles of the open
 * actions the gate requires, by stage (empty for most products, so the board's 50,000 cards share one empty map).
 */
public record ChecklistProgress(int done, int total, int overdue, Map<Stage, List<String>> openRequired) {
    public static final ChecklistProgress NONE = new ChecklistProgress(0, 0, 0);

    public ChecklistProgress {
        openRequired = openRequired.isEmpty() ? Map.of() : openRequired.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** Progress with no open required action. */
    public ChecklistProgress(int done, int total, int overdue) {
        this(done, total, overdue, Map.of());
    }

    public boolean hasOverdue() {
        return overdue > 0;
    }

    /** Titles of the required actions of {@code stage} not done yet, in the order they were added. */
    public List<String> openRequiredAt(Stage stage) {
        return openRequired.getOrDefault(stage, List.of());
    }

    public ChecklistProgress withOpenRequired(Map<Stage, List<String>> titles) {
        return new ChecklistProgress(done, total, overdue, titles);
    }
}
