package com.mallboard.app;

import com.mallboard.backup.Backup;
import com.mallboard.backup.BackupKind;
import com.mallboard.backup.BackupPolicy;
import com.mallboard.backup.BackupService;
import com.mallboard.backup.DatabaseCheck;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code mallboard backup}: a manual backup into the data folder's backups folder, or a copy to {@code --out}.
 * Safe while the app runs (SQLite's online backup). Output is English and stable; exit codes as {@link CommandLine}'s.
 */
final class BackupCommand {
    static final String HELP = "       mallboard backup [--out FILE] [--data-dir PATH]   back up the database (now, while the"
            + " app runs too)";

    private final PrintStream out;
    private final PrintStream err;

    BackupCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Map<String, String> options;
        try {
            options = CommandArgs.parse(args, Set.of("--out", "--data-dir"), Set.of());
        } catch (CommandArgs.UsageException e) {
            return CommandArgs.usage(err, e, HELP);
        }
        BackupService backups = CommandArgs.backups(options);
        DatabaseCheck check = backups.checkDatabase();
        if (check.status() == DatabaseCheck.Status.MISSING) {
            err.println("no database to back up: " + backups.database() + " does not exist");
            return CommandLine.FAILED;
        }
        if (check.broken()) {
            err.println(CommandArgs.damaged(backups.database(), check));
            return CommandLine.FAILED;
        }
        try {
            if (options.containsKey("--out")) {
                Path target = Path.of(options.get("--out")).toAbsolutePath();
                backups.copyTo(target);
                out.printf(Locale.ROOT, "backed up %s to %s%n", backups.database(), target);
            } else {
                Backup backup = backups.backUp(BackupKind.MANUAL, BackupPolicy.DEFAULT);
                out.printf(Locale.ROOT, "backed up %s to %s (%,d bytes)%n", backups.database(), backup.file(),
                        backup.sizeBytes());
            }
            return CommandLine.OK;
        } catch (IOException e) {
            err.println("backup failed: " + e.getMessage());
            return CommandLine.FAILED;
        }
    }
}
