package com.mallboard.app;

import com.mallboard.sync.CancelSignal;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallSyncResult;
import com.mallboard.sync.SyncListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code mallboard sync [--mall MALL] [--data-dir PATH]}: pushes the queued changes to the malls and pulls their
 * orders, one line per mall. Exit codes as {@link CommandLine}'s: a mall that failed makes 1.
 */
final class SyncCommand {
    static final String HELP = "       mallboard sync [--mall MALL] [--data-dir PATH] push queued changes to the malls,"
            + " pull orders";
    private static final Set<String> VALUED = Set.of("--mall", "--data-dir");

    private final PrintStream out;
    private final PrintStream err;

    SyncCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Optional<String> mistake = CommandLine.optionMistake(args, VALUED, Set.of());
        if (mistake.isPresent()) {
            err.println(mistake.get());
            err.println("Usage:");
            err.println(HELP);
            return CommandLine.USAGE;
        }
        Optional<String> mallArg = StartupOptions.value(args, "--mall");
        Path folder = DataFolder.forThisUser(StartupOptions.parse(args).dataDir());
        try (AppContext context = AppContext.openForThisUser(folder)) {
            List<MallSyncResult> results;
            SyncListener listener = (mall, done, total) -> { };
            if (mallArg.isPresent()) {
                Optional<Mall> mall = CommandLine.findMall(context, mallArg.get());
                if (mall.isEmpty()) {
                    err.println("no mall " + mallArg.get() + " in " + folder);
                    return CommandLine.USAGE;
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
            return results.stream().allMatch(MallSyncResult::ok) ? CommandLine.OK : CommandLine.FAILED;
        }
    }

    private void report(MallSyncResult r) {
        if (r.sentByAnotherDesktop()) {
            out.printf("%s (%s): being sent by another desktop, %s, since %s; left alone%n", r.mall().displayName(),
                    r.mall().mallId(), r.elsewhere().holderName(), r.elsewhere().claimedAt());
            return;
        }
        String line = String.format("%s (%s): sent %d, failed %d, orders new %d, updated %d, unmatched lines %d",
                r.mall().displayName(), r.mall().mallId(), r.drain().sent(), r.drain().failed(), r.orders().added(),
                r.orders().updated(), r.orders().unmatchedLines());
        (r.ok() ? out : err).println(r.problem() == null ? line : line + "; stopped: " + r.problem());
    }
}
