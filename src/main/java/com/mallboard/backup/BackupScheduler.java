package com.mallboard.backup;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the scheduled backup while the app runs: a check soon after start, then every hour, on its own daemon
 * thread, so neither the screen nor the app's database connection waits for it. A failed backup is logged and tried
 * again at the next check.
 */
public final class BackupScheduler implements AutoCloseable {
    public static final Duration FIRST_CHECK = Duration.ofSeconds(5);
    public static final Duration CHECK_EVERY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);

    private final BackupService backups;
    private final Supplier<BackupPolicy> policy;
    private final ScheduledExecutorService timer;

    private BackupScheduler(BackupService backups, Supplier<BackupPolicy> policy) {
        this.backups = backups;
        this.policy = policy;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mallboard-backups");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @param policy read at every check, so a changed schedule or retention applies from the next one */
    public static BackupScheduler start(BackupService backups, Supplier<BackupPolicy> policy, Duration firstCheck,
            Duration every) {
        BackupScheduler scheduler = new BackupScheduler(backups, policy);
        scheduler.timer.scheduleWithFixedDelay(scheduler::check, firstCheck.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return scheduler;
    }

    void check() {
        try {
            backups.backUpIfDue(policy.get())
                    .ifPresent(backup -> LOG.info("scheduled backup written: {}", backup.fileName()));
        } catch (Exception e) {
            LOG.warn("the scheduled backup failed; it is tried again at the next check", e);
        }
    }

    /** Stops the checks and waits for a backup in progress, so the database can be closed or replaced safely. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("a scheduled backup was still running when the data folder closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
