package com.mallboard.board;

/** Something the user did that Ctrl+Z can take back. {@code descriptionKey} is shown as "Undone: …". */
public interface UndoableChange {

    String descriptionKey();

    /** Product ids the undo touches, so the board can refresh just those cards. */
    java.util.List<Long> productIds();

    void undo();
}
