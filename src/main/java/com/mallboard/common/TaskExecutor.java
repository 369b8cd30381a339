package com.mallboard.common;

/**
 * Runs work off the UI thread and reports back on it. The app uses a thread pool that hands results to the JavaFX
 * thread; tests use {@link SameThreadTaskExecutor} so they need no waiting.
 */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);
}
