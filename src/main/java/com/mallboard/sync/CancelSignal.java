package com.mallboard.sync;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets a person stop a running sync; workers check it between jobs, so no call is cut off half-way. */
public final class CancelSignal {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean cancelled() {
        return cancelled.get();
    }
}
