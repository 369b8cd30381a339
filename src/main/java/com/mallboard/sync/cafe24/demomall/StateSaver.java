package com.mallboard.sync.cafe24.demomall;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Saves the demo mall's state after changes, at most once a second, from a daemon thread, and a last time on close.
 * Requests only raise a flag, so a burst of writes costs one save and no request ever waits for the disk.
 */
final class StateSaver implements AutoCloseable {

    static final long DELAY_MILLIS = 1000;
    private static final System.Logger LOG = System.getLogger(StateSaver.class.getName());

    private final StateFile file;
    private final Supplier<SavedState> capture;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean dirty = new AtomicBoolean();
    /** Logs a failing disk once, not every second; a success clears it. */
    private final AtomicBoolean failing = new AtomicBoolean();

    StateSaver(StateFile file, Supplier<SavedState> capture, ThreadFactory threads) {
        this.file = file;
        this.capture = capture;
        this.timer = Executors.newSingleThreadScheduledExecutor(threads);
    }

    StateFile file() {
        return file;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::saveIfChanged, DELAY_MILLIS, DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    void changed() {
        dirty.set(true);
    }

    /** Stops the timer (letting a save in progress finish) and saves what changed since the last save. */
    @Override
    public void close() {
        // shutdown, not shutdownNow: interrupting a thread mid-write closes its file channel under it.
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saveIfChanged();
    }

    private void saveIfChanged() {
        // Cleared before capturing: a change made during the save raises it again and is saved next time.
        if (!dirty.getAndSet(false)) {
            return;
        }
        try {
            file.write(capture.get());
            failing.set(false);
        } catch (IOException | RuntimeException e) {
            dirty.set(true);
            if (!failing.getAndSet(true)) {
                LOG.log(System.Logger.Level.WARNING, "Could not save the demo mall state to {0} ({1}); will retry",
                        file.path(), StateFile.describe(e));
            }
        }
    }
}
