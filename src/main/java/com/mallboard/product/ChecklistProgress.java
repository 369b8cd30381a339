package com.mallboard.product;

/** How far a product's checklist is: done of total, and how many open actions are past due. */
public record ChecklistProgress(int done, int total, int overdue) {
    public static final ChecklistProgress NONE = new ChecklistProgress(0, 0, 0);

    public boolean hasOverdue() {
        return overdue > 0;
    }
}
