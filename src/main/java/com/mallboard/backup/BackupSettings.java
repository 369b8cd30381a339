package com.mallboard.backup;

import com.mallboard.common.SettingsRepository;
import java.util.Locale;

/**
 * The backup policy as the user set it, kept in the data folder's settings. A restore brings back the settings of
 * the restored backup along with everything else.
 */
public final class BackupSettings {
    static final String SCHEDULE_KEY = "backup.schedule";
    static final String KEEP_KEY = "backup.keep";

    private final SettingsRepository settings;

    public BackupSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The saved policy; a missing or unreadable value falls back to the default. */
    public BackupPolicy policy() {
        BackupSchedule schedule = settings.get(SCHEDULE_KEY).map(BackupSettings::schedule)
                .orElse(BackupPolicy.DEFAULT.schedule());
        int keep = settings.get(KEEP_KEY).map(BackupSettings::keep).orElse(BackupPolicy.DEFAULT.keepScheduled());
        return new BackupPolicy(schedule, keep, BackupPolicy.DEFAULT.keepEachOther());
    }

    public void save(BackupPolicy policy) {
        settings.put(SCHEDULE_KEY, policy.schedule().name().toLowerCase(Locale.ROOT));
        settings.put(KEEP_KEY, Integer.toString(policy.keepScheduled()));
    }

    private static BackupSchedule schedule(String text) {
        try {
            return BackupSchedule.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return BackupPolicy.DEFAULT.schedule();
        }
    }

    private static int keep(String text) {
        try {
            int keep = Integer.parseInt(text.strip());
            return Math.max(BackupPolicy.MIN_KEEP, Math.min(BackupPolicy.MAX_KEEP, keep));
        } catch (NumberFormatException e) {
            return BackupPolicy.DEFAULT.keepScheduled();
        }
    }
}
