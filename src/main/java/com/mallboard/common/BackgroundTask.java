package com.mallboard.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A unit of background work with what to do on success and on failure. Callbacks run on the UI thread.
 * {@code titleKey} names the work in the status bar while it runs.
 */
public record BackgroundTask<T>(String titleKey, Callable<T> work, Consumer<T> onSuccess,
        Consumer<Throwable> onFailure) {

    public BackgroundTask {
        Objects.requireNonNull(work);
        onSuccess = onSuccess == null ? result -> { } : onSuccess;
        onFailure = onFailure == null ? error -> { } : onFailure;
    }

    public static <T> BackgroundTask<T> of(String titleKey, Callable<T> work, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        return new BackgroundTask<>(titleKey, work, onSuccess, onFailure);
    }
}
