package com.mallboard.app;

import com.mallboard.common.ExplainedException;
import com.mallboard.common.Messages;
import com.mallboard.store.DamagedDatabaseException;
import com.mallboard.store.StoreException;
import com.mallboard.sync.Mall;
import com.mallboard.team.SignInNeededException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Headless commands for scripts and schedulers. Results go to standard output, errors to standard error; output is
 * English and stable. Exit codes: 0 done, 1 some mall or job failed, 2 bad usage (unknown command or option, missing
 * value). Any argument that is not an option names a command, so a typo never starts the desktop app.
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(CommandLine.class);
    private static final Set<String> COMMANDS = Set.of("sync", "simulator", "export", "import", "help", "--help", "-h",
            "--version", "-V", "backup", "restore", SmokeTestCommand.FLAG);
    /** Commands that open the data folder, and so log to its log file. */
    private static final Set<String> DATA_COMMANDS = Set.of("sync", "export", "import", "backup", "restore",
            SmokeTestCommand.FLAG);
    /** What the desktop app accepts; everything else is a usage mistake. */
    private static final Set<String> DESKTOP_OPTIONS = Set.of("--data-dir", "--lang");
    private static final Set<String> DESKTOP_FLAGS = Set.of(StartupTiming.FLAG, StartupTiming.EXIT);
    private static final Set<String> HELP_FLAGS = Set.of("--help", "-h");
    private static final String EXIT_CODES = "Exit codes: 0 ok, 1 failed (a mall, a row or the data folder; see standard"
            + " error), 2 usage (unknown command or option, missing value).";

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether the arguments ask for a command (or are a mistake to report) rather than the desktop app. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || !args[0].startsWith("-")
                || optionMistake(desktopOptions(args), DESKTOP_OPTIONS, DESKTOP_FLAGS).isPresent());
    }

    /** The arguments the desktop app reads; macOS may add a process serial number ({@code -psn_0_1234}) of its own. */
    private static List<String> desktopOptions(String[] args) {
        return Arrays.stream(args).filter(arg -> !arg.startsWith("-psn_")).toList();
    }

    /** Whether the command works on the data folder (so its log file is the one to write), not only prints help. */
    public static boolean opensDataFolder(String[] args) {
        return args.length > 0 && DATA_COMMANDS.contains(args[0])
                && Arrays.stream(args).noneMatch(HELP_FLAGS::contains);
    }

    public int run(String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (!COMMANDS.contains(args[0])) {
            return usageMistake(args[0].startsWith("-")
                    ? optionMistake(desktopOptions(args), DESKTOP_OPTIONS, DESKTOP_FLAGS).orElse("unknown option " + args[0])
                    : "unknown command " + args[0]);
        }
        if (usages().containsKey(args[0]) && rest.stream().anyMatch(HELP_FLAGS::contains)) {
            out.println("Usage:");
            out.println(usages().get(args[0]));
            out.println(EXIT_CODES);
            return OK;
        }
        try {
            return switch (args[0]) {
                case "sync" -> new SyncCommand(out, err).run(rest);
                case "simulator" -> simulator(rest);
                case "export" -> new ExportCommand(out, err).run(rest);
                case "import" -> new ImportCommand(out, err).run(rest);
                case "backup" -> new BackupCommand(out, err).run(rest);
                case "restore" -> new RestoreCommand(out, err).run(rest);
                case "--version", "-V" -> version();
                case SmokeTestCommand.FLAG -> new SmokeTestCommand(out, err).run(rest);
                default -> help();
            };
        } catch (DamagedDatabaseException e) {
            LOG.warn("mallboard {}: {}", args[0], e.getMessage());
            err.println(CommandArgs.damaged(e.file(), e.check()));
            return FAILED;
        } catch (StoreException e) {
            // The data folder cannot be opened: the message says why; no stack trace helps.
            LOG.warn("mallboard {}: {}", args[0], e.getMessage());
            err.println(args[0] + " failed: " + e.getMessage());
            return FAILED;
        } catch (ExplainedException e) {
            // Signing in to a team server, say: the user's message, in English for scripts and their logs.
            LOG.warn("mallboard {}: {}", args[0], e.getMessage());
            String hint = e instanceof SignInNeededException ? " Sign in once in the app (it keeps the password in the"
                    + " keyring), or set " + StoreOpening.PASSWORD_VARIABLE + "." : "";
            err.println(args[0] + " failed: " + new Messages(Locale.ENGLISH).get(e.messageKey(), e.args()) + hint);
            return FAILED;
        } catch (RuntimeException e) {
            // A script gets one line it can show; the stack trace goes to the log file.
            LOG.error("mallboard {} failed", args[0], e);
            err.println(args[0] + " failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return FAILED;
        }
    }

    /** Per-command usage for {@code mallboard COMMAND --help}; commands not named here answer it themselves. */
    private static Map<String, String> usages() {
        return Map.of("sync", SyncCommand.HELP, "export", ExportCommand.HELP, "import", ImportCommand.HELP,
                "backup", BackupCommand.HELP, "restore", RestoreCommand.HELP, SmokeTestCommand.FLAG, SmokeTestCommand.HELP);
    }

    private int usageMistake(String message) {
        err.println(message);
        err.println("Run mallboard --help for the commands and options.");
        return USAGE;
    }

    private int help() {
        out.println("""
                Usage: mallboard [--data-dir PATH] [--lang ko|en]      start the desktop app
                %s
                       mallboard simulator [--port N] [...]           run the demo Cafe24 mall (--help for options)
                %s
                %s
                %s
                %s
                %s
                       mallboard --version                            print the version and the Java runtime
                       mallboard COMMAND --help                       print one command's usage
                MALL is the mall id (e.g. glowmall) or Mallboard's number for it. The data folder is --data-dir, else
                MALLBOARD_DATA_DIR, else the system's per-user folder; commands log to its logs/mallboard.log.
                %s""".formatted(SyncCommand.HELP, ExportCommand.HELP, ImportCommand.HELP,
                BackupCommand.HELP, RestoreCommand.HELP, SmokeTestCommand.HELP, EXIT_CODES));
        return OK;
    }

    private int version() {
        out.println(AppVersion.line());
        return OK;
    }

    static Optional<Mall> findMall(AppContext context, String idOrNumber) {
        return context.sync().malls().all().stream()
                .filter(m -> m.mallId().equals(idOrNumber) || Long.toString(m.id()).equals(idOrNumber)).findFirst();
    }

    /**
     * The first mistake in options that take a value ({@code --name VALUE} or {@code --name=VALUE}) or are flags:
     * an unknown option, a missing value, or a word that belongs to nothing. Empty when the arguments are fine.
     */
    static Optional<String> optionMistake(List<String> args, Set<String> valued, Set<String> flags) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (flags.contains(arg)) {
                continue;
            }
            if (!arg.startsWith("-")) {
                return Optional.of("unexpected argument " + arg);
            }
            if (!valued.contains(name)) {
                return Optional.of("unknown option " + arg);
            }
            if (!arg.contains("=")) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    return Optional.of(name + " needs a value");
                }
                i++;
            }
        }
        return Optional.empty();
    }

    private int simulator(List<String> args) {
        com.mallboard.sync.cafe24.demomall.DemoMallMain.main(args.toArray(String[]::new));
        return OK;
    }
}
