package com.mallboard.common;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Tasks handed in from any thread (a change feed's) run on the test's thread when it pumps, as the app's executor
 * hands results to the one UI thread: the view model is only ever touched by one thread.
 */
public final class PumpedExecutor implements TaskExecutor {
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final SameThreadTaskExecutor now = new SameThreadTaskExecutor();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        tasks.add(() -> now.execute(task));
    }

    /** Runs tasks as they arrive until {@code done} holds; false if it still does not after {@code timeout}. */
    public boolean pumpUntil(BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!done.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                Runnable task = tasks.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(20)), TimeUnit.NANOSECONDS);
                if (task != null) {
                    task.run();
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs whatever is queued now, and what that queues in turn. */
    public void pumpAll() {
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
            task.run();
        }
    }
}
