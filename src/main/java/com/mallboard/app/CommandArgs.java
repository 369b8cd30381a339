package com.mallboard.app;

import com.mallboard.backup.BackupService;
import com.mallboard.backup.DatabaseCheck;
import com.mallboard.store.Database;
import com.mallboard.store.StoreException;
import com.mallboard.team.TeamSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Options of the backup and restore commands, and the lines they share. */
final class CommandArgs {
    /** The key under which the one argument without a name is kept. */
    static final String POSITIONAL = "";

    private CommandArgs() {
    }

    /** A mistake in the arguments, told on standard error with exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** Options with values ({@code --out FILE} or {@code --out=FILE}), flags, and at most one plain argument. */
    static Map<String, String> parse(List<String> args, Set<String> valued, Set<String> flags) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (flags.contains(arg)) {
                options.put(arg, "yes");
            } else if (valued.contains(name) && arg.contains("=")) {
                options.put(name, arg.substring(name.length() + 1));
            } else if (valued.contains(name) && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                options.put(name, args.get(++i));
            } else if (valued.contains(name)) {
                throw new UsageException(name + " needs a value");
            } else if (arg.startsWith("-") || options.containsKey(POSITIONAL)) {
                throw new UsageException("unknown argument " + arg);
            } else {
                options.put(POSITIONAL, arg);
            }
        }
        return options;
    }

    static int usage(PrintStream err, UsageException e, String help) {
        err.println(e.getMessage());
        err.println("Usage:");
        err.println(help);
        return CommandLine.USAGE;
    }

    /** The backups of the data folder {@code --data-dir} (or the environment, or the OS default) names. */
    static BackupService backups(Map<String, String> options) {
        Path folder = DataFolder.forThisUser(Optional.ofNullable(options.get("--data-dir")));
        TeamSettings.read(folder).ifPresent(server -> {
            // Backing up or restoring the unused local file would look like it protected the team's data.
            throw new StoreException("the data folder " + folder + " works on the team server " + server.describe()
                    + "; back the server up with pg_dump (docs/operations.md, Team server)");
        });
        return AppContext.backups(folder.resolve(Database.FILE_NAME), Clock.systemDefaultZone());
    }

    /** The one line every command prints when the database cannot be used; exit code 1 goes with it. */
    static String damaged(Path file, DatabaseCheck check) {
        String what = check.status() == DatabaseCheck.Status.NOT_A_DATABASE ? "is not a database file"
                : "is damaged (it fails SQLite's integrity check)";
        return "the database " + file + " " + what + "; restore a backup with: mallboard restore --latest";
    }
}
