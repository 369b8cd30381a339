package com.mallboard.report.malls;

import com.mallboard.report.ReportRequest;
import com.mallboard.sync.JobLogEntry;
import com.mallboard.sync.JobStatus;
import com.mallboard.sync.ListingChip;
import com.mallboard.sync.ListingStatus;
import com.mallboard.sync.MallState;
import com.mallboard.sync.MallStatus;
import com.mallboard.sync.OutboxJob;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One mall as the Malls sheet shows it today: its connection state as the malls screen says it, how its sync stands,
 * its queue, its failures (failed jobs whose last attempt fell in the report's period, and the newest error of any
 * job), and its listings: how many products are listed and how many drift (the mall's copy differs from the master).
 */
public record MallRow(MallStatus status, MallState state, SyncHealth health, long failuresInPeriod,
                      String lastFailure, Instant lastFailureAt, long listedProducts, long drifting) {

    /** How the mall's sync stands, worst first. */
    public enum SyncHealth {
        /** Jobs failed and wait for a person to retry them. */
        FAILING,
        /** Changes wait in the queue for the next sync. */
        QUEUED,
        /** Never synced since it was added. */
        NEVER,
        /** Nothing waits and nothing failed. */
        UP_TO_DATE
    }

    /**
     * {@code chips} are every product's listing chips (product id → chips); {@code log} the mall's newest jobs, newest
     * first, as {@code MallService.jobLog} returns them.
     */
    public static MallRow of(MallStatus status, Collection<List<ListingChip>> chips, List<JobLogEntry> log,
                             ReportRequest request) {
        long mallRef = status.mall().id();
        List<ListingChip> own = chips.stream().flatMap(List::stream).filter(chip -> chip.mallRef() == mallRef).toList();
        long drifting = own.stream().filter(chip -> chip.status() == ListingStatus.DRIFT).count();
        List<OutboxJob> jobs = log.stream().map(JobLogEntry::job).filter(job -> job.mallRef() == mallRef).toList();
        long failures = jobs.stream().filter(job -> job.status() == JobStatus.FAILED && job.updatedAt() != null
                && request.includes(job.updatedAt())).count();
        OutboxJob lastFailed = jobs.stream().filter(job -> job.lastError() != null && !job.lastError().isBlank())
                .max(Comparator.comparing(OutboxJob::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
        return new MallRow(status, MallState.of(status), health(status), failures,
                lastFailed == null ? null : lastFailed.lastError(), lastFailed == null ? null : lastFailed.updatedAt(),
                own.size(), drifting);
    }

    static SyncHealth health(MallStatus status) {
        if (status.failedJobs() > 0) {
            return SyncHealth.FAILING;
        }
        if (status.pendingJobs() > 0) {
            return SyncHealth.QUEUED;
        }
        return status.lastSyncAt() == null ? SyncHealth.NEVER : SyncHealth.UP_TO_DATE;
    }
}
