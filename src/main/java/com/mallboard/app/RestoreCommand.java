package com.mallboard.app;

import com.mallboard.backup.Backup;
import com.mallboard.backup.BackupService;
import com.mallboard.backup.DatabaseCheck;
import com.mallboard.backup.RestoreException;
import com.mallboard.common.Messages;
import com.mallboard.store.DataFolderInUseException;
import com.mallboard.store.DataFolderLock;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code mallboard restore}: replaces the database with a backup, keeping what it replaces (a before-restore backup,
 * or the damaged file set aside). Works on a damaged database, which is why it never opens the database through
 * {@code Database.open}. The app must be closed. Exit codes as {@link CommandLine}'s.
 */
final class RestoreCommand {
    static final String HELP = "       mallboard restore (BACKUP_FILE | --latest) [--yes] [--data-dir PATH]\n"
            + "                                                 replace the database with a backup (app closed)";

    private final PrintStream out;
    private final PrintStream err;

    RestoreCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Map<String, String> options;
        try {
            options = CommandArgs.parse(args, Set.of("--data-dir"), Set.of("--latest", "--yes"));
            if (options.containsKey("--latest") == options.containsKey(CommandArgs.POSITIONAL)) {
                throw new CommandArgs.UsageException("name one backup file, or --latest");
            }
        } catch (CommandArgs.UsageException e) {
            return CommandArgs.usage(err, e, HELP);
        }
        BackupService backups = CommandArgs.backups(options);
        Path folder = backups.database().getParent();
        // Held until the restore is done, so the app cannot open the folder halfway through either.
        try (DataFolderLock lock = DataFolderLock.take(folder).orElse(null)) {
            return run(options, backups);
        } catch (DataFolderInUseException e) {
            err.println("restore refused: Mallboard has " + folder + " open; close it, then run restore again");
            return CommandLine.FAILED;
        }
    }

    private int run(Map<String, String> options, BackupService backups) {
        Optional<Path> chosen = options.containsKey("--latest") ? backups.newestGood().map(Backup::file)
                : Optional.of(Path.of(options.get(CommandArgs.POSITIONAL)).toAbsolutePath());
        if (chosen.isEmpty()) {
            err.println("no backup to restore: " + backups.folder() + " holds no sound backup");
            return CommandLine.FAILED;
        }
        DatabaseCheck check = backups.check(chosen.get());
        if (!check.good()) {
            err.println("cannot restore: " + english(RestoreException.keyFor(check.status()), chosen.get()));
            return CommandLine.FAILED;
        }
        if (!options.containsKey("--yes")) {
            err.println("restoring replaces " + backups.database() + " with " + chosen.get()
                    + "; a safety backup is taken first. Close Mallboard, then run again with --yes");
            return CommandLine.USAGE;
        }
        return restore(backups, chosen.get());
    }

    private int restore(BackupService backups, Path chosen) {
        try {
            Optional<Path> kept = backups.restore(chosen);
            out.println("restored " + chosen + " to " + backups.database());
            kept.ifPresent(file -> out.println("the replaced database was kept as " + file));
            return CommandLine.OK;
        } catch (RestoreException e) {
            err.println("cannot restore: " + new Messages(Messages.ENGLISH).get(e.messageKey(), e.args()));
            return CommandLine.FAILED;
        } catch (IOException e) {
            err.println("restore failed: " + e.getMessage());
            return CommandLine.FAILED;
        }
    }

    private static String english(String key, Path file) {
        return new Messages(Messages.ENGLISH).get(key, file.getFileName().toString());
    }
}
