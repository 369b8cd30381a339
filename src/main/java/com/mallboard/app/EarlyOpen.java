package com.mallboard.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Opens the data folder on a thread of its own while JavaFX starts its toolkit, so the two biggest parts of a cold
 * start (the toolkit, and the database with its migration check) overlap instead of following each other. The app
 * takes the result when it would otherwise open the folder; a failure reaches it then, as if it had opened it itself.
 * The same thread also reads the display language, and then the board's cards ahead of the board
 * ({@link com.mallboard.board.FirstLoad}) while the window is built. The cards only on the local file: on a team
 * server a colleague's change between that read and the start of the board's live feed would be missed.
 */
final class EarlyOpen {
    private static EarlyOpen started;

    private final Path folder;
    private final Optional<String> language;
    private final CompletableFuture<Opened> opening = new CompletableFuture<>();

    /** The open folder and the language the app shows it in ({@link LanguageSetting}). */
    record Opened(AppContext context, Locale locale) {
    }

    private EarlyOpen(Path folder, Optional<String> language) {
        this.folder = folder;
        this.language = language;
    }

    /**
     * Starts opening {@code folder}; called by the launcher once, before the toolkit starts.
     *
     * @param language the {@code --lang} of the command line, if given
     */
    static synchronized void start(Path folder, Optional<String> language) {
        started = new EarlyOpen(folder, language);
        Thread thread = new Thread(started::open, "mallboard-early-open");
        thread.setDaemon(true);
        thread.start();
    }

    /** {@code folder} opened now, on the calling thread. */
    static Opened open(Path folder, Optional<String> language) {
        AppContext context = AppContext.openAndHold(folder);
        try {
            return new Opened(context, LanguageSetting.resolve(context.settings(), language, Locale.getDefault()));
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private void open() {
        Opened opened;
        try {
            opened = open(folder, language);
        } catch (RuntimeException | Error e) {
            opening.completeExceptionally(e);
            return;
        }
        AppContext context = opened.context();
        // Closing the context waits for this read (AppContext.close), so a folder taken and closed at once is safe.
        Runnable readAhead = context.database().server().isEmpty() ? context.firstLoad().prepare() : () -> { };
        opening.complete(opened);
        readAhead.run();
    }

    /**
     * The folder opened early if it is {@code folder}, else {@code folder} opened now. An early open of another
     * folder is closed, so its database is not left open.
     */
    static Opened take(Path folder, Optional<String> language) {
        EarlyOpen early = takeStarted();
        if (early == null) {
            return open(folder, language);
        }
        if (!early.folder.equals(folder)) {
            early.discard();
            return open(folder, language);
        }
        return early.result();
    }

    /**
     * The folder opened early, when it is {@code folder} and opened without trouble by now; empty otherwise, and then
     * nothing is taken: {@link #take} gives the outcome, failures included.
     */
    static synchronized Optional<Opened> takeIfOpened(Path folder) {
        if (started == null || !started.folder.equals(folder) || !started.opening.isDone()
                || started.opening.isCompletedExceptionally()) {
            return Optional.empty();
        }
        EarlyOpen early = started;
        started = null;
        return Optional.of(early.opening.join());
    }

    /** Whether the early open of {@code folder} has ended, opened or failed. */
    static synchronized boolean isDone(Path folder) {
        return started != null && started.folder.equals(folder) && started.opening.isDone();
    }

    private static synchronized EarlyOpen takeStarted() {
        EarlyOpen early = started;
        started = null;
        return early;
    }

    private Opened result() {
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
            result().context().close();
        } catch (RuntimeException e) {
            // It failed to open: there is nothing to close.
        }
    }
}
