package com.mallboard.board;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The last changes, newest first; bounded so a long session does not hold every edit. */
public class UndoHistory {
    private static final int LIMIT = 100;
    private final Deque<UndoableChange> changes = new ArrayDeque<>();

    public synchronized void record(UndoableChange change) {
        changes.push(change);
        if (changes.size() > LIMIT) {
            changes.removeLast();
        }
    }

    public synchronized boolean canUndo() {
        return !changes.isEmpty();
    }

    /** Undoes the newest change and returns it, or nothing if there is nothing to undo. */
    public synchronized Optional<UndoableChange> undoLast() {
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        UndoableChange change = changes.pop();
        change.undo();
        return Optional.of(change);
    }
}
