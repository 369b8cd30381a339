package com.mallboard.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox queue, per mall, oldest first. Jobs are written by the repositories that make the changes. */
public interface OutboxRepository {

    /** The oldest pending job of the mall that may run at {@code now}. */
    Optional<OutboxJob> nextDue(long mallRef, Instant now);

    void markDone(long jobId);

    /** Counts an attempt before the call, so after a crash the next attempt knows the mall may have seen it. */
    void markStarted(long jobId);

    /** The newest pending job for the same subject: everything up to it is covered by what is read next. */
    long latestPendingId(JobKind kind, long subjectId);

    /** A passing failure: the job stays pending and runs again after {@code notBefore}. */
    void markRetry(long jobId, String error, Instant notBefore);

    /** A failure a person must look at; the job waits for "retry". */
    void markFailed(long jobId, String error);

    /** Puts failed jobs back in the queue; returns how many. */
    int retryFailed(long mallRef);

    int retry(long jobId);

    int pendingCount(long mallRef);

    int failedCount(long mallRef);

    /** The job log, newest first; {@code mallRef} 0 for every mall. */
    List<JobLogEntry> recent(long mallRef, int limit);

    /**
     * Claims the mall's queue for one drain (committed before it returns) when no other drain holds it or the other's
     * claim ran out; {@code token} is unique per drain. Otherwise says who holds it.
     */
    OutboxClaim claim(long mallRef, String token, ClaimHolder holder, Duration lease);

    /** Extends the drain's claim; false when it ran out and another desktop took the mall over. */
    boolean renewClaim(long mallRef, String token, Duration lease);

    /** Frees the mall if {@code token} still holds it (this drain's own, or one whose app is known to be gone). */
    void releaseClaim(long mallRef, String token);
}
