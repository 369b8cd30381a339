package com.mallboard.backup.ui;

import com.mallboard.backup.Backup;
import com.mallboard.backup.BackupKind;
import com.mallboard.backup.BackupSchedule;
import com.mallboard.common.Messages;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How backups read on screen: when, which kind, how big. */
final class BackupTexts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final long KB = 1024;

    private final Messages messages;

    BackupTexts(Messages messages) {
        this.messages = messages;
    }

    String when(Backup backup) {
        return WHEN.format(backup.takenAt());
    }

    String kind(Backup backup) {
        return messages.get("backup.kind." + key(backup.kind()), backup.version());
    }

    String size(Backup backup) {
        long bytes = backup.sizeBytes();
        if (bytes < KB * KB) {
            return messages.get("backup.size.kb", String.format(Locale.ROOT, "%,d", Math.max(1, bytes / KB)));
        }
        return messages.get("backup.size.mb", String.format(Locale.ROOT, "%,.1f", bytes / (double) (KB * KB)));
    }

    String schedule(BackupSchedule schedule) {
        return messages.get("backup.schedule." + schedule.name().toLowerCase(Locale.ROOT));
    }

    private static String key(BackupKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
