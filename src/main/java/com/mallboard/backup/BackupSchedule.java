package com.mallboard.backup;

import java.time.LocalDateTime;

/** How often a backup is taken on its own. */
public enum BackupSchedule {
    OFF,
    /** Once a calendar day: the first check of a day without one takes it. */
    DAILY,
    /** When the newest scheduled backup is seven or more days old. */
    WEEKLY;

    /** Whether a scheduled backup is due at {@code now}, given the newest one (null when there is none). */
    public boolean isDue(LocalDateTime newestScheduled, LocalDateTime now) {
        return switch (this) {
            case OFF -> false;
            case DAILY -> newestScheduled == null || newestScheduled.toLocalDate().isBefore(now.toLocalDate());
            case WEEKLY -> newestScheduled == null
                    || !newestScheduled.toLocalDate().isAfter(now.toLocalDate().minusDays(7));
        };
    }

    /** The kind of backup this schedule takes. */
    public BackupKind kind() {
        return this == WEEKLY ? BackupKind.WEEKLY : BackupKind.DAILY;
    }
}
