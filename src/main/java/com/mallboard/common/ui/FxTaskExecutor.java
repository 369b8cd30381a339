package com.mallboard.common.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.TaskExecutor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/**
 * Runs background work on named daemon threads and reports back on the JavaFX thread. {@link #runningCount()}
 * drives the busy indicator in the status bar.
 */
public class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    public FxTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(2, work -> {
            Thread thread = new Thread(work, "mallboard-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> backgroundTask) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return backgroundTask.work().call();
            }
        };
        task.setOnSucceeded(e -> {
            finished();
            backgroundTask.onSuccess().accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            backgroundTask.onFailure().accept(task.getException());
        });
        runOnFx(() -> running.set(running.get() + 1));
        pool.execute(task);
    }

    private void finished() {
        running.set(running.get() - 1);
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public ReadOnlyIntegerProperty runningCount() {
        return running.getReadOnlyProperty();
    }

    public void shutdown() {
        pool.shutdownNow();
    }
}
