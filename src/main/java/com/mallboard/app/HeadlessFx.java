package com.mallboard.app;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * JavaFX without a display: Monocle's headless glass and the software renderer, the same set-up the UI tests use,
 * switched on by system properties before the toolkit starts. The app's own windows never use it.
 */
final class HeadlessFx {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private HeadlessFx() {
    }

    /** Starts the toolkit off-screen once per JVM; a property already set (say by a test run) is left as it is. */
    static void start() throws InterruptedException {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("java.awt.headless", "true");
        // Monocle's default 1280x800 screen would clip the 1400x900 window the board is drawn in.
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", "1920x1200-32"));
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            // The command's caller ends the JVM (System.exit); closing the last window must not stop the toolkit first.
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.join();
    }

    /** Runs {@code work} on the FX thread and waits for its result, at most {@code timeout}. */
    static <T> T call(Supplier<T> work, Duration timeout) throws InterruptedException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return await(result, timeout);
    }

    static <T> T await(CompletableFuture<T> future, Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
