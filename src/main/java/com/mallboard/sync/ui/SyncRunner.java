package com.mallboard.sync.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.sync.CancelSignal;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallSyncResult;
import com.mallboard.sync.SyncListener;
import com.mallboard.sync.SyncService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs "sync now" for every mall or one, one run at a time, with per-mall progress and Cancel. Progress comes from
 * the sync's worker threads and is handed to {@code uiThread} ({@code Platform::runLater} in the app); the summary
 * arrives through the {@link TaskExecutor} like every other result.
 */
public final class SyncRunner {
    private final SyncService sync;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Messages messages;
    private final ObservableList<MallProgress> progress = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SyncSummary> summary = new ReadOnlyObjectWrapper<>();
    private final List<Runnable> finishedListeners = new CopyOnWriteArrayList<>();
    private CancelSignal cancel = new CancelSignal();

    public SyncRunner(SyncService sync, TaskExecutor executor, Executor uiThread, Messages messages) {
        this.sync = sync;
        this.executor = executor;
        this.uiThread = uiThread;
        this.messages = messages;
    }

    /** Every enabled mall, in parallel. Ignored while a sync runs. */
    public void syncAll() {
        start("sync.task.all", (listener, signal) -> sync.syncAll(listener, signal));
    }

    /** One mall, enabled or not (the person asked for it by name). Ignored while a sync runs. */
    public void syncMall(Mall mall) {
        start("sync.task.mall", (listener, signal) -> List.of(sync.syncMall(mall.id(), listener, signal)));
    }

    /** Stops after the job each mall is sending now; nothing is cut off half-way. */
    public void cancel() {
        if (running.get()) {
            cancel.cancel();
            cancelling.set(true);
        }
    }

    /** Runs on the UI thread after every sync, however it ended (to refresh the tables). */
    public void addFinishedListener(Runnable listener) {
        finishedListeners.add(listener);
    }

    private interface Run {
        List<MallSyncResult> sync(SyncListener listener, CancelSignal signal);
    }

    private void start(String titleKey, Run run) {
        if (running.get()) {
            return;
        }
        CancelSignal signal = new CancelSignal();
        cancel = signal;
        progress.clear();
        summary.set(null);
        cancelling.set(false);
        running.set(true);
        SyncListener listener = (mall, done, total) -> uiThread.execute(() -> show(mall, done, total));
        executor.execute(BackgroundTask.of(titleKey, () -> run.sync(listener, signal),
                results -> finish(summaryOf(results, signal)),
                error -> finish(SyncSummary.failed(error, messages))));
    }

    private SyncSummary summaryOf(List<MallSyncResult> results, CancelSignal signal) {
        return SyncSummary.of(results, signal.cancelled(), messages);
    }

    private void finish(SyncSummary result) {
        running.set(false);
        cancelling.set(false);
        summary.set(result);
        finishedListeners.forEach(Runnable::run);
    }

    private void show(Mall mall, int done, int total) {
        MallProgress row = progress.stream().filter(p -> p.mallRef() == mall.id()).findFirst().orElseGet(() -> {
            MallProgress added = new MallProgress(mall.id(), mall.displayName());
            progress.add(added);
            return added;
        });
        row.update(done, total);
    }

    /** Hides the last summary. */
    public void dismissSummary() {
        summary.set(null);
    }

    public ObservableList<MallProgress> progress() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** The last sync's outcome; null while a sync runs and before the first. */
    public ReadOnlyObjectProperty<SyncSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
