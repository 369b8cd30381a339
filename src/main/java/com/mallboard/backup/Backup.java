package com.mallboard.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup file in the backups folder. Its name says when and why it was taken and sorts in time order:
 * {@code mallboard-2026-11-26-0905-daily.db}, {@code mallboard-2026-11-26-0905-before-v11.db},
 * {@code mallboard-2026-11-26-0905-manual-2.db} (the second manual backup within that minute).
 *
 * @param version the schema version about to be applied, for {@link BackupKind#BEFORE_UPGRADE}; else empty
 * @param sequence 1, or 2, 3, ... for further backups of the same kind within one minute
 */
public record Backup(Path file, LocalDateTime takenAt, BackupKind kind, String version, int sequence, long sizeBytes) {
    /** Newest first: by time, then by sequence within a minute. */
    public static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::takenAt)
            .thenComparingInt(Backup::sequence).reversed();
    static final String PREFIX = "mallboard-";
    static final String EXTENSION = ".db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");
    private static final Pattern NAME = Pattern.compile(
            "mallboard-(\\d{4}-\\d{2}-\\d{2}-\\d{4})-(daily|weekly|manual|before-restore|before-v([0-9.]+))(-\\d+)?\\.db");

    /** The file name of a backup taken at {@code at}; {@code sequence} above 1 tells apart backups of one minute. */
    static String fileName(LocalDateTime at, BackupKind kind, String version, int sequence) {
        String reason = kind == BackupKind.BEFORE_UPGRADE ? "before-v" + version : kind.word();
        return PREFIX + STAMP.format(at) + "-" + reason + (sequence > 1 ? "-" + sequence : "") + EXTENSION;
    }

    /** The backup a file name describes; empty for any other file (a user's own copy, a half-written part). */
    static Optional<Backup> parse(Path file, long sizeBytes) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        LocalDateTime at = LocalDateTime.parse(name.group(1), STAMP);
        String reason = name.group(2);
        BackupKind kind = name.group(3) != null ? BackupKind.BEFORE_UPGRADE : kindOf(reason);
        int sequence = name.group(4) == null ? 1 : Integer.parseInt(name.group(4).substring(1));
        return Optional.of(new Backup(file, at, kind, name.group(3) == null ? "" : name.group(3), sequence, sizeBytes));
    }

    private static BackupKind kindOf(String word) {
        for (BackupKind kind : BackupKind.values()) {
            if (kind.word().equals(word)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(word);
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
