package com.mallboard.product;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Checklist actions per product. */
public interface ChecklistRepository {

    ChecklistAction add(long productId, String title, Stage stage, LocalDate dueDate, ActionSource source,
            boolean requiredByGate);

    void setDone(long actionId, boolean done);

    /** Marks the action required by the gate (or not) and writes {@code logLine} to the activity log, together. */
    void setRequiredByGate(long actionId, boolean required, ActivityEntry logLine);

    /**
     * Ticks the first action of {@code stage} whose title is one of {@code titles} (case aside), or adds
     * {@code titles.get(0)} already ticked when there is none, and writes {@code logLine} to the activity log, in one
     * transaction. An action that was already done is left alone and logs nothing.
     */
    ChecklistAction complete(long productId, Stage stage, List<String> titles, ActivityEntry logLine);

    void delete(long actionId);

    List<ChecklistAction> forProduct(long productId);

    /** The actions of each of these products that has any, in the order they were added. */
    Map<Long, List<ChecklistAction>> forProducts(Collection<Long> productIds);

    /** Progress of every product that has actions (with its open required actions), keyed by product id. */
    Map<Long, ChecklistProgress> progressByProduct(LocalDate today);

    ChecklistProgress progressOf(long productId, LocalDate today);

    /** Progress of just these products, for the first cards shown while the board loads. */
    Map<Long, ChecklistProgress> progressOf(Collection<Long> productIds, LocalDate today);
}
