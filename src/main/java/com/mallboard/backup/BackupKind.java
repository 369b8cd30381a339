package com.mallboard.backup;

import java.util.Locale;

/** Why a backup was taken; the reason is part of its file name and decides how long it is kept. */
public enum BackupKind {
    /** Taken by the daily schedule. */
    DAILY(true),
    /** Taken by the weekly schedule. */
    WEEKLY(true),
    /** "Back up now" or {@code mallboard backup}. */
    MANUAL(false),
    /** The database as it was before this build's migrations changed it. */
    BEFORE_UPGRADE(false),
    /** The database as it was before a restore replaced it. */
    BEFORE_RESTORE(false);

    private final boolean scheduled;

    BackupKind(boolean scheduled) {
        this.scheduled = scheduled;
    }

    /** Daily and weekly backups share one retention count; the others are kept a few of each kind. */
    public boolean scheduled() {
        return scheduled;
    }

    /** The word in file names ({@code daily}, {@code before-restore}); before-upgrade backups add the version. */
    String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
