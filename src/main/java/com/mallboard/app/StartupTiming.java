package com.mallboard.app;

import com.mallboard.board.ui.BoardViewModel;
import com.mallboard.common.ui.Frames;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Cold-start measurement: with {@code --startup-timing} the app prints the time from the start of its process to the
 * first frame drawn after the board has loaded every card; {@code --startup-timing=exit} then quits, for benchmarks
 * that start the app many times ({@code installers/linux/startup-bench.sh}).
 */
final class StartupTiming {
    static final String FLAG = "--startup-timing";
    static final String EXIT = FLAG + "=exit";
    /**
     * How long the chores wait after the board's first load: its first frame takes a few hundred milliseconds more,
     * and starting the demo mall's first sync at once cost it about 0.35 s (docs/performance.md, "Cold start").
     */
    static final Duration SETTLING = Duration.seconds(2);

    private StartupTiming() {
    }

    /** Does nothing unless the flag was given; otherwise reports once, on the board's first full load. */
    static void watch(List<String> args, Scene scene, BoardViewModel board) {
        boolean exit = args.contains(EXIT);
        if (!exit && !args.contains(FLAG)) {
            return;
        }
        afterFirstLoad(board, () -> reportAfterNextFrame(scene, board.allCards().size(), exit));
    }

    /**
     * Runs {@code action} once, a moment ({@link #SETTLING}) after the board's first load has ended (loaded or failed):
     * start-up work that can wait waits for the board to be drawn, as on two cores it would slow the first frame down.
     */
    static void afterBoardShown(BoardViewModel board, Runnable action) {
        afterFirstLoad(board, () -> {
            PauseTransition settling = new PauseTransition(SETTLING);
            settling.setOnFinished(event -> action.run());
            settling.play();
        });
    }

    /** Runs {@code action} once, when the board's first load has ended (loaded or failed). */
    private static void afterFirstLoad(BoardViewModel board, Runnable action) {
        board.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean loading) {
                if (!loading) {
                    board.loadingProperty().removeListener(this);
                    action.run();
                }
            }
        });
    }

    /** The frame showing the cards is drawn in the pulse after they arrive; its layout pass is the closest hook. */
    private static void reportAfterNextFrame(Scene scene, int cards, boolean exit) {
        Frames.afterNextLayout(scene, () -> {
            System.out.printf("startup: board visible %d ms after process start (%d ms after JVM start, %s), %d cards%n",
                    sinceProcessStart(), sinceJvmStart(), cpuTime(), cards);
            if (exit) {
                Platform.exit();
            }
        });
    }

    /**
     * Milliseconds since the OS started this process, the native launcher included. On Linux from {@code /proc}
     * (10 ms ticks): {@code ProcessHandle}'s start instant is built on the boot time in whole seconds, so it can be up
     * to a second off. Elsewhere from the JVM's start.
     */
    static long sinceProcessStart() {
        try {
            String[] fields = procStatFields();
            double startedAtSeconds = Long.parseLong(fields[19]) / 100.0;
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round((uptimeSeconds - startedAtSeconds) * 1000);
        } catch (IOException | RuntimeException notLinux) {
            return sinceJvmStart();
        }
    }

    /** The CPU time all the process's threads used so far, which unlike wall time does not grow on a busy machine. */
    static String cpuTime() {
        try {
            String[] fields = procStatFields();
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return "CPU " + ticks * 10 + " ms";
        } catch (IOException | RuntimeException notLinux) {
            return "CPU unknown";
        }
    }

    /** {@code /proc/self/stat} from the field after the command name (which may hold spaces): state, ppid, ... */
    private static String[] procStatFields() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
