package com.mallboard.sync;

/** Hears how a sync goes, from the workers' threads. */
public interface SyncListener {

    SyncListener NONE = (mall, done, total) -> { };

    /** {@code done} of {@code total} jobs of the mall are finished (total grows if jobs arrive meanwhile). */
    void progress(Mall mall, int done, int total);
}
