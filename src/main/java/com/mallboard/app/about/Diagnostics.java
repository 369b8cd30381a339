package com.mallboard.app.about;

import com.mallboard.app.AppContext;
import com.mallboard.app.AppVersion;
import com.mallboard.app.logging.AppLogging;
import com.mallboard.store.StoreFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What support needs to know about an installation, gathered off the FX thread: versions, where the data and logs
 * are, how big the database is and how much it holds. Counts only: no names, no secrets.
 *
 * @param databaseBytes the database file with its write-ahead log
 * @param freeDiskBytes usable space on the data folder's disk, or -1 when the system does not say
 */
public record Diagnostics(String appVersion, String java, String os, Path dataFolder, long databaseBytes,
        long freeDiskBytes, Counts counts, Path logFolder) {

    /** What the database holds. */
    public record Counts(int malls, int products, String schemaVersion) {
    }

    public static Diagnostics collect(AppContext context) {
        Path database = context.database().file();
        Path folder = database.getParent();
        StoreFacts facts = new StoreFacts(context.database());
        Counts counts = new Counts(context.sync().malls().all().size(), facts.productCount(), facts.schemaVersion());
        return new Diagnostics(AppVersion.current(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                folder, size(database) + size(database.resolveSibling(database.getFileName() + "-wal")),
                freeSpace(folder), counts, AppLogging.folder(folder));
    }

    /** The block "Copy diagnostics" puts on the clipboard: English, one fact a line, for a support e-mail. */
    public String text() {
        return String.join("\n",
                "Mallboard " + appVersion,
                "Java: " + java,
                "OS: " + os,
                "Data folder: " + dataFolder,
                "Database size: " + readableSize(databaseBytes),
                "Schema version: " + counts.schemaVersion(),
                "Malls: " + counts.malls(),
                "Products: " + counts.products(),
                "Log folder: " + logFolder,
                "Free disk space: " + (freeDiskBytes < 0 ? "unknown" : readableSize(freeDiskBytes))) + "\n";
    }

    /** {@code 0 B}, {@code 912 KB}, {@code 1.4 MB}, {@code 2.0 GB}. */
    public static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long freeSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
