package com.mallboard.product;

import java.time.LocalDate;

/**
 * One to-do on a product's checklist, tied to the stage where it must be done. {@code requiredByGate} means the
 * product cannot move on from that stage until the action is done.
 */
public record ChecklistAction(long id, long productId, String title, Stage stage, LocalDate dueDate, boolean done,
        ActionSource source, boolean requiredByGate) {

    public boolean isOverdue(LocalDate today) {
        return !done && dueDate != null && dueDate.isBefore(today);
    }

    /** Open and required: what stops the product leaving {@link #stage()}. */
    public boolean blocksGate() {
        return requiredByGate && !done;
    }

    public ChecklistAction withDone(boolean isDone) {
        return new ChecklistAction(id, productId, title, stage, dueDate, isDone, source, requiredByGate);
    }

    public ChecklistAction withRequiredByGate(boolean required) {
        return new ChecklistAction(id, productId, title, stage, dueDate, done, source, required);
    }
}
