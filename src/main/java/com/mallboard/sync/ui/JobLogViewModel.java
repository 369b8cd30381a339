package com.mallboard.sync.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.sync.JobLogEntry;
import com.mallboard.sync.JobStatus;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The outbox job log, newest first: what went to which mall and how, with Retry for what failed. */
public final class JobLogViewModel {
    /** How many jobs the log shows; failures are looked for further back, since they are what people come for. */
    static final int LIMIT = 500;
    static final int FAILURE_SEARCH_LIMIT = 5_000;

    /** A mall to filter by; {@code mallRef} 0 is every mall. */
    public record MallChoice(long mallRef, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One job as the table shows it. */
    public record Row(JobLogEntry entry, String time, String kind, String status) {

        public boolean failed() {
            return entry.job().status() == JobStatus.FAILED;
        }

        public String error() {
            JobStatus status = entry.job().status();
            return status == JobStatus.DONE || entry.job().lastError() == null ? "" : entry.job().lastError();
        }
    }

    private final MallService malls;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Formats formats;
    private final MallChoice everyMall;
    private final ObservableList<MallChoice> mallChoices = FXCollections.observableArrayList();
    private final ObjectProperty<MallChoice> mall = new SimpleObjectProperty<>();
    private final BooleanProperty failuresOnly = new SimpleBooleanProperty();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final BooleanBinding anyFailed;
    /** Set while the mall list is refilled, so refilling the choice box does not load twice. */
    private boolean updatingChoices;

    public JobLogViewModel(MallService malls, TaskExecutor executor, Messages messages, Formats formats) {
        this.malls = malls;
        this.executor = executor;
        this.messages = messages;
        this.formats = formats;
        this.everyMall = new MallChoice(0, messages.get("joblog.all.malls"));
        mallChoices.add(everyMall);
        mall.set(everyMall);
        anyFailed = Bindings.createBooleanBinding(() -> rows.stream().anyMatch(Row::failed), rows);
        mall.addListener((obs, old, now) -> {
            if (!updatingChoices && now != null) {
                load();
            }
        });
        failuresOnly.addListener((obs, old, now) -> load());
    }

    public void load() {
        act("joblog.task.load", () -> null);
    }

    /** Puts one failed job back in its mall's queue. */
    public void retry(Row row) {
        if (row.failed() && !busy.get()) {
            act("joblog.task.retry", () -> messages.get("joblog.retried", malls.retryJob(row.entry().job().id())));
        }
    }

    /** Puts every failed job of the chosen mall (or of every mall) back in the queue. */
    public void retryAllFailed() {
        long mallRef = selectedMallRef();
        if (!busy.get()) {
            act("joblog.task.retry", () -> {
                int count = 0;
                for (Mall each : malls.all()) {
                    if (mallRef == 0 || each.id() == mallRef) {
                        count += malls.retryFailed(each.id());
                    }
                }
                return messages.get("joblog.retried", count);
            });
        }
    }

    private record Loaded(List<Mall> malls, List<JobLogEntry> entries, String notice) {
    }

    private void act(String titleKey, Callable<String> action) {
        long mallRef = selectedMallRef();
        boolean onlyFailures = failuresOnly.get();
        busy.set(true);
        error.set(null);
        executor.execute(BackgroundTask.of(titleKey, () -> {
            String done = action.call();
            List<JobLogEntry> entries = onlyFailures
                    ? malls.jobLog(mallRef, FAILURE_SEARCH_LIMIT).stream()
                            .filter(e -> e.job().status() == JobStatus.FAILED).limit(LIMIT).toList()
                    : malls.jobLog(mallRef, LIMIT);
            return new Loaded(malls.all(), entries, done);
        }, this::show, failure -> {
            busy.set(false);
            error.set(messages.get("joblog.error", failure.getMessage() == null
                    ? failure.getClass().getSimpleName() : failure.getMessage()));
        }));
    }

    private void show(Loaded loaded) {
        busy.set(false);
        updateChoices(loaded.malls());
        rows.setAll(loaded.entries().stream().map(this::row).toList());
        notice.set(loaded.notice());
    }

    private void updateChoices(List<Mall> all) {
        long chosen = selectedMallRef();
        List<MallChoice> choices = new ArrayList<>();
        choices.add(everyMall);
        all.forEach(each -> choices.add(new MallChoice(each.id(), each.displayName())));
        updatingChoices = true;
        try {
            mallChoices.setAll(choices);
            mall.set(choices.stream().filter(c -> c.mallRef() == chosen).findFirst().orElse(everyMall));
        } finally {
            updatingChoices = false;
        }
    }

    private Row row(JobLogEntry entry) {
        String kind = messages.get("joblog.kind." + entry.job().kind().name().toLowerCase(Locale.ROOT));
        String status = messages.get("joblog.status." + entry.job().status().name().toLowerCase(Locale.ROOT));
        return new Row(entry, formats.dateTime(entry.job().updatedAt()), kind, status);
    }

    private long selectedMallRef() {
        return mall.get() == null ? 0 : mall.get().mallRef();
    }

    public ObservableList<MallChoice> mallChoices() {
        return mallChoices;
    }

    public ObjectProperty<MallChoice> mallProperty() {
        return mall;
    }

    public BooleanProperty failuresOnlyProperty() {
        return failuresOnly;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanBinding anyFailedProperty() {
        return anyFailed;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
