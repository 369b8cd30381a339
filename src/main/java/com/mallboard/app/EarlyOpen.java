package com.mallboard.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Opens the data folder on a thread of its own while JavaFX starts its toolkit, so the two biggest parts of a cold
 * start (the toolkit, and the database with its migration check) overlap instead of following each other. The app
 * takes the result when it would otherwise open the folder; a failure reaches it then, as if it had opened it itself.
 */
final class EarlyOpen {
    private static EarlyOpen started;

    private final Path folder;
    private final FutureTask<AppContext> opening;

    private EarlyOpen(Path folder) {
        this.folder = folder;
        this.opening = new FutureTask<>(() -> AppContext.openAndHold(folder));
    }

    /** Starts opening {@code folder}; called by the launcher once, before the toolkit starts. */
    static synchronized void start(Path folder) {
        started = new EarlyOpen(folder);
        Thread thread = new Thread(started.opening, "mallboard-early-open");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The folder opened early if it is {@code folder}, else {@code folder} opened now. An early open of another
     * folder is closed, so its database is not left open.
     */
    static AppContext take(Path folder) {
        EarlyOpen early = takeStarted();
        if (early == null) {
            return AppContext.openAndHold(folder);
        }
        if (!early.folder.equals(folder)) {
            early.discard();
            return AppContext.openAndHold(folder);
        }
        return early.result();
    }

    private static synchronized EarlyOpen takeStarted() {
        EarlyOpen early = started;
        started = null;
        return early;
    }

    private AppContext result() {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening " + folder, e);
        }
    }

    private void discard() {
        try {
            result().close();
        } catch (RuntimeException e) {
            // It failed to open: there is nothing to close.
        }
    }
}
