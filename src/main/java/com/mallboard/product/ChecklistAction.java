package com.mallboard.product;

import java.time.LocalDate;

/** One to-do on a product's checklist, tied to the stage where it must be done. */
public record ChecklistAction(long id, long productId, String title, Stage stage, LocalDate dueDate, boolean done,
        ActionSource source) {

    public boolean isOverdue(LocalDate today) {
        return !done && dueDate != null && dueDate.isBefore(today);
    }
}
