package com.mallboard.sync.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallConnector;
import com.mallboard.sync.MallService;
import com.mallboard.sync.MallState;
import com.mallboard.sync.MallStatus;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The malls screen: every mall with its connection and queue, and what a person can do to one. */
public final class MallsViewModel {

    /** One mall as the table shows it. */
    public record Row(MallStatus status, MallState state, String platform, String address, String lastSync) {

        public Mall mall() {
            return status.mall();
        }

        /** Why the mall needs reconnecting; null when it does not. */
        public String problem() {
            return state == MallState.NEEDS_RECONNECT ? status.connectionProblem() : null;
        }
    }

    private final MallService malls;
    private final SyncRunner runner;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<MallConnector> connector = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final BooleanBinding canAct;
    /** The mall to select once the next load is back (one just added); 0 keeps the selection. */
    private long selectAfterLoad;
    private final BooleanBinding canConnect;
    private final BooleanBinding canSync;
    private final StringBinding toggleLabel;

    public MallsViewModel(MallService malls, SyncRunner runner, TaskExecutor executor, Messages messages,
            Formats formats) {
        this.malls = malls;
        this.runner = runner;
        this.executor = executor;
        this.messages = messages;
        this.formats = formats;
        this.canAct = Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get(), selected, busy);
        this.canConnect = Bindings.createBooleanBinding(() -> canAct.get() && connector.get() != null
                && selected.get().mall().enabled(), canAct, connector);
        this.canSync = Bindings.createBooleanBinding(() -> canAct.get() && !runner.runningProperty().get(), canAct,
                runner.runningProperty());
        this.toggleLabel = Bindings.createStringBinding(() -> messages.get(selected.get() == null
                || selected.get().mall().enabled() ? "mall.disable" : "mall.enable"), selected);
        runner.addFinishedListener(this::load);
    }

    public void load() {
        act("mall.task.load", () -> null);
    }

    /** Switches the selected mall off (sync skips it, nothing is deleted) or back on. */
    public void toggleEnabled() {
        Row row = selected.get();
        if (canAct.get()) {
            boolean enable = !row.mall().enabled();
            act("mall.task.save", () -> {
                malls.setEnabled(row.mall().id(), enable);
                return messages.get(enable ? "mall.enabled.notice" : "mall.disabled.notice", row.mall().displayName());
            });
        }
    }

    /** Forgets the selected mall's tokens; the client secret stays for reconnecting. The view asks first. */
    public void disconnectSelected() {
        Row row = selected.get();
        if (canAct.get()) {
            act("mall.task.save", () -> {
                malls.disconnect(row.mall().id());
                return messages.get("mall.disconnected.notice", row.mall().displayName());
            });
        }
    }

    /** Puts the selected mall's failed jobs back in its queue; the next sync sends them. */
    public void retryFailedSelected() {
        Row row = selected.get();
        if (canAct.get()) {
            act("mall.task.save", () -> messages.get("mall.retried.notice", malls.retryFailed(row.mall().id()),
                    row.mall().displayName()));
        }
    }

    /**
     * Connects the selected mall through the platform's sign-in. Disabled until the composition root provides a
     * {@link MallConnector} (the Cafe24 OAuth flow); nothing here pretends to connect.
     */
    public void connectSelected() {
        Row row = selected.get();
        MallConnector connect = connector.get();
        if (canConnect.get()) {
            act("mall.task.connect", () -> {
                connect.connect(row.mall());
                return messages.get("mall.connected.notice", row.mall().displayName());
            });
        }
    }

    public void syncSelected() {
        if (canSync.get()) {
            notice.set(null);
            runner.syncMall(selected.get().mall());
        }
    }

    public void syncAll() {
        notice.set(null);
        runner.syncAll();
    }

    /** After the editor saved a mall: show it, selected. */
    public void saved(Mall mall, boolean added) {
        selectAfterLoad = mall.id();
        String done = messages.get(added ? "mall.added.notice" : "mall.updated.notice", mall.displayName());
        act("mall.task.load", () -> done);
    }

    private record Loaded(List<MallStatus> statuses, String notice) {
    }

    /** Runs {@code action} (which returns what to tell the user, or null) and reloads the malls after it. */
    private void act(String titleKey, Callable<String> action) {
        busy.set(true);
        error.set(null);
        executor.execute(BackgroundTask.of(titleKey, () -> {
            String done = action.call();
            return new Loaded(malls.statuses(), done);
        }, result -> {
            show(result.statuses());
            if (result.notice() != null) {
                notice.set(result.notice());
            }
        }, this::fail));
    }

    private void fail(Throwable failure) {
        busy.set(false);
        error.set(messages.get("mall.error", failure.getMessage() == null
                ? failure.getClass().getSimpleName() : failure.getMessage()));
    }

    private void show(List<MallStatus> statuses) {
        busy.set(false);
        long selectedRef = selectAfterLoad != 0 ? selectAfterLoad
                : selected.get() == null ? 0 : selected.get().mall().id();
        selectAfterLoad = 0;
        rows.setAll(statuses.stream().map(this::row).toList());
        selected.set(rows.stream().filter(r -> r.mall().id() == selectedRef).findFirst().orElse(null));
        loaded.set(true);
    }

    private Row row(MallStatus status) {
        Mall mall = status.mall();
        String platform = messages.get("mall.platform." + mall.platform().name().toLowerCase(Locale.ROOT));
        String address = messages.get("mall.address", mall.mallId(), Integer.toString(mall.shopNo()));
        return new Row(status, MallState.of(status), platform, address, formats.dateTime(status.lastSyncAt()));
    }

    public String stateText(Row row) {
        return messages.get(row.state().messageKey());
    }

    /** The question asked before disconnecting. */
    public String disconnectQuestion(Row row) {
        return messages.get("mall.disconnect.question", row.mall().displayName());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** Set by the composition root once a platform can connect malls; null keeps "Connect" disabled. */
    public ObjectProperty<MallConnector> connectorProperty() {
        return connector;
    }

    public BooleanBinding canActProperty() {
        return canAct;
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    public BooleanBinding canSyncProperty() {
        return canSync;
    }

    public StringBinding toggleLabelProperty() {
        return toggleLabel;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the first load came back: before that an empty table means "loading", not "no malls". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public SyncRunner runner() {
        return runner;
    }
}
