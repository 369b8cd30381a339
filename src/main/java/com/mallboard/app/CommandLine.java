package com.mallboard.app;

import com.mallboard.store.DamagedDatabaseException;
import com.mallboard.sync.CancelSignal;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallSyncResult;
import com.mallboard.sync.SyncListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Headless commands for scripts and schedulers: {@code sync} and {@code simulator}. Output is English and stable;
 * exit codes: 0 done, 1 some mall or job failed, 2 bad usage.
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    private static final Set<String> COMMANDS = Set.of("sync", "simulator", "export", "import", "help", "--help", "-h",
            "--version", "-V", "backup", "restore");

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether the arguments ask for a command rather than the desktop app. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public int run(String[] args) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return dispatch(args[0], rest);
        } catch (DamagedDatabaseException e) {
            err.println(CommandArgs.damaged(e.file(), e.check()));
            return FAILED;
        }
    }

    private int dispatch(String command, List<String> rest) {
        return switch (command) {
            case "sync" -> sync(rest);
            case "simulator" -> simulator(rest);
            case "export" -> new ExportCommand(out, err).run(rest);
            case "import" -> new ImportCommand(out, err).run(rest);
            case "backup" -> new BackupCommand(out, err).run(rest);
            case "restore" -> new RestoreCommand(out, err).run(rest);
            case "--version", "-V" -> version();
            default -> help();
        };
    }

    private int help() {
        out.println("""
                Usage: mallboard [--data-dir PATH] [--lang ko|en]      start the desktop app
                       mallboard sync [--mall MALL] [--data-dir PATH] push queued changes to the malls, pull orders
                       mallboard simulator [--port N] [...]           run the demo Cafe24 mall (--help for options)
                %s
                       mallboard import FILE [--dry-run] [--valid-rows-only] [--data-dir PATH]
                                                                 load products from an xlsx, xls or CSV file
                %s
                %s
                       mallboard --version                            print the version and the Java runtime
                MALL is the mall id (e.g. glowmall) or Mallboard's number for it. Exit codes: 0 ok, 1 failures, 2 usage."""
                .formatted(ExportCommand.HELP, BackupCommand.HELP, RestoreCommand.HELP));
        return OK;
    }

    private int version() {
        out.println(AppVersion.line());
        return OK;
    }

    private int sync(List<String> args) {
        StartupOptions options = StartupOptions.parse(args);
        Optional<String> mallArg = StartupOptions.value(args, "--mall");
        if (args.contains("--mall") && mallArg.isEmpty()) {
            err.println("--mall needs a mall id");
            return USAGE;
        }
        Path folder = DataFolder.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
        try (AppContext context = new AppContext(folder, Clock.systemDefaultZone(), System.getProperty("user.name"))) {
            List<MallSyncResult> results;
            SyncListener listener = (mall, done, total) -> { };
            if (mallArg.isPresent()) {
                Optional<Mall> mall = findMall(context, mallArg.get());
                if (mall.isEmpty()) {
                    err.println("no mall " + mallArg.get() + " in " + folder);
                    return USAGE;
                }
                results = List.of(context.sync().sync().syncMall(mall.get().id(), listener, new CancelSignal()));
            } else {
                context.sync().malls().all().stream().filter(Mall::demo).forEach(demo -> out.println(
                        demo.displayName() + " skipped: the demo mall runs inside the desktop app"));
                results = context.sync().sync().syncAll(mall -> !mall.demo(), listener, new CancelSignal());
            }
            results.forEach(this::report);
            if (results.isEmpty()) {
                out.println("no malls to sync in " + folder);
            }
            int purged = context.retention().purgeExpired();
            if (purged > 0) {
                out.printf("deleted receivers' personal data of %d orders kept longer than %d days after delivery%n",
                        purged, context.retention().days());
            }
            return results.stream().allMatch(MallSyncResult::ok) ? OK : FAILED;
        }
    }

    static Optional<Mall> findMall(AppContext context, String idOrNumber) {
        return context.sync().malls().all().stream()
                .filter(m -> m.mallId().equals(idOrNumber) || Long.toString(m.id()).equals(idOrNumber)).findFirst();
    }

    private void report(MallSyncResult r) {
        String line = String.format("%s (%s): sent %d, failed %d, orders new %d, updated %d, unmatched lines %d",
                r.mall().displayName(), r.mall().mallId(), r.drain().sent(), r.drain().failed(), r.orders().added(),
                r.orders().updated(), r.orders().unmatchedLines());
        (r.ok() ? out : err).println(r.problem() == null ? line : line + "; stopped: " + r.problem());
    }

    private int simulator(List<String> args) {
        com.mallboard.sync.cafe24.demomall.DemoMallMain.main(args.toArray(String[]::new));
        return OK;
    }
}
