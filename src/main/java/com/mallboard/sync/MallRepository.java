package com.mallboard.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where malls and their sync bookkeeping live. */
public interface MallRepository {

    List<Mall> all();

    Optional<Mall> find(long id);

    /** Adds a mall; a second mall with the same platform, mall id and shop raises {@link DuplicateMallException}. */
    Mall add(Mall mall);

    /**
     * Writes the mall's settings. A mall read from the store ({@code version} above 0) is written only if nobody
     * changed it since, else {@link StaleMallException}; the version counts up either way.
     */
    void update(Mall mall);

    List<MallStatus> statuses(java.util.function.Predicate<Mall> connected);

    void recordSync(long mallRef, Instant at);

    void recordConnectionProblem(long mallRef, String problem);

    /** Orders placed before this instant have been pulled; {@code empty} before the first pull. */
    Optional<Instant> ordersSyncedUntil(long mallRef);

    void recordOrdersSyncedUntil(long mallRef, Instant until);

    /** When the last full re-read of recent orders ran (cancellations and status changes on older orders). */
    Optional<Instant> ordersReconciledAt(long mallRef);

    void recordOrdersReconciled(long mallRef, Instant at);

    void replaceCarriers(long mallRef, List<Carrier> carriers, Instant at);

    List<Carrier> carriers(long mallRef);

    Optional<Instant> carriersFetchedAt(long mallRef);
}
