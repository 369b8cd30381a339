package com.mallboard.sync;

import java.time.Instant;

/** A mall with what the malls screen shows about it. {@code connectionProblem} is non-null when a person must act. */
public record MallStatus(Mall mall, boolean connected, Instant lastSyncAt, int pendingJobs, int failedJobs,
        String connectionProblem) {
}
