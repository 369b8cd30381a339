package com.mallboard.sync;

/** What one order pull changed locally. */
public record OrderSaveResult(int added, int updated, int unmatchedLines) {

    public OrderSaveResult plus(OrderSaveResult other) {
        return new OrderSaveResult(added + other.added, updated + other.updated, unmatchedLines + other.unmatchedLines);
    }
}
