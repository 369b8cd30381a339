package com.mallboard.sync;

/**
 * What one drain of a mall's queue did. {@code stoppedBy} is non-null when the drain ended early: the mall is
 * unavailable for now, or it refused our authorization.
 */
public record DrainResult(int sent, int failed, int retryLater, String stoppedBy) {
}
