package com.mallboard.sync;

import java.time.Instant;

/** One change waiting for (or delivered to) a mall. {@code notBefore} delays a retry after a passing failure. */
public record OutboxJob(
        long id,
        long mallRef,
        JobKind kind,
        long subjectId,
        JobStatus status,
        int attempts,
        String lastError,
        Instant notBefore,
        Instant createdAt,
        Instant updatedAt) {
}
