package com.mallboard.sync;

/** An outbox job's life: pending until the mall confirmed (done) or a person must look (failed). */
public enum JobStatus {
    PENDING,
    DONE,
    FAILED,
    /** A failed job whose subject was sent successfully by a later job; kept for the log. */
    SUPERSEDED
}
