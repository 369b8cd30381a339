package com.mallboard.backup;

/**
 * When backups are taken and how many are kept.
 *
 * @param keepScheduled how many daily or weekly backups stay (the newest)
 * @param keepEachOther how many of each other kind (manual, before an upgrade, before a restore) stay
 */
public record BackupPolicy(BackupSchedule schedule, int keepScheduled, int keepEachOther) {
    public static final int MIN_KEEP = 1;
    public static final int MAX_KEEP = 365;
    public static final BackupPolicy DEFAULT = new BackupPolicy(BackupSchedule.DAILY, 14, 5);

    public BackupPolicy {
        if (schedule == null) {
            throw new IllegalArgumentException("schedule is required");
        }
        if (keepScheduled < MIN_KEEP || keepScheduled > MAX_KEEP || keepEachOther < MIN_KEEP) {
            throw new IllegalArgumentException("keep between " + MIN_KEEP + " and " + MAX_KEEP);
        }
    }

    /** How many backups of {@code kind} are kept. */
    public int keep(BackupKind kind) {
        return kind.scheduled() ? keepScheduled : keepEachOther;
    }

    public BackupPolicy withSchedule(BackupSchedule newSchedule) {
        return new BackupPolicy(newSchedule, keepScheduled, keepEachOther);
    }

    public BackupPolicy withKeepScheduled(int keep) {
        return new BackupPolicy(schedule, keep, keepEachOther);
    }
}
