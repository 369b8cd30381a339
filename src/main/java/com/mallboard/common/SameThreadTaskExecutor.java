package com.mallboard.common;

/** Runs tasks immediately on the calling thread: for tests and command-line tools. */
public class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().call();
        } catch (Exception e) {
            task.onFailure().accept(e);
            return;
        }
        task.onSuccess().accept(result);
    }
}
