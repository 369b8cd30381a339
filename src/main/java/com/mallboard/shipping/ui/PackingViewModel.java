package com.mallboard.shipping.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.shipping.Feedback;
import com.mallboard.shipping.PackLine;
import com.mallboard.shipping.PackingBench;
import com.mallboard.shipping.PackingStation;
import com.mallboard.shipping.StationReply;
import com.mallboard.shipping.StationState;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.StoredOrder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The packing screen's state. Every input (a scan, Esc, an override, a courier) is queued and run on the station one
 * at a time off the FX thread, in the order it came: a scanner types faster than the store answers, and a lost or
 * reordered scan would tick the wrong line. The catalogue is read when the screen opens, while no order is on the bench.
 */
public final class PackingViewModel {
    static final int HISTORY_SIZE = 50;

    private final PackingBench bench;
    private final TaskExecutor executor;
    private final Messages messages;
    private final FeedbackSound sound;
    private final Deque<Input> pending = new ArrayDeque<>();
    private PackingStation station;
    private boolean running;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<StationState> state = new ReadOnlyObjectWrapper<>(StationState.WAITING_FOR_ORDER);
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>(Feedback.NONE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StoredOrder> order = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PackLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Carrier> carriers = FXCollections.observableArrayList();
    private final ObjectProperty<Carrier> courier = new SimpleObjectProperty<>();
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();

    /** One line of the scan history, newest first: what came in and what the station said. */
    public record HistoryEntry(String input, Feedback feedback, String message) {
    }

    private record Input(String label, Function<PackingStation, StationReply> command) {
    }

    public PackingViewModel(PackingBench bench, TaskExecutor executor, Messages messages, FeedbackSound sound) {
        this.bench = bench;
        this.executor = executor;
        this.messages = messages;
        this.sound = sound;
    }

    /**
     * Reads the catalogue and opens the station (when the screen is shown); skipped while an order is on the bench,
     * so coming back to the screen never loses a half-packed order. Scans made meanwhile wait for it.
     */
    public void load() {
        if (running || station != null && (order.get() != null || !pending.isEmpty())) {
            return;
        }
        running = true;
        busy.set(true);
        String carrierCode = station == null ? null : station.carrierCode();
        executor.execute(BackgroundTask.of("pack.task.catalogue", () -> bench.openStation(carrierCode), opened -> {
            station = opened;
            finishRun();
        }, this::failed));
    }

    /** One line from the scan field (Enter). */
    public void submit(String raw) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String input = raw.strip();
        enqueue(input, s -> s.accept(input));
    }

    /** Esc: puts the order back. Ignored when nothing is on the bench or on its way. */
    public void abandon() {
        if (order.get() != null || running || !pending.isEmpty()) {
            enqueue(messages.get("pack.key.esc"), PackingStation::abandon);
        }
    }

    /** F9, once the supervisor gave a reason and their name (the station refuses blanks again). */
    public void overrideComplete(String reason, String supervisor) {
        enqueue(messages.get("pack.key.f9"), s -> s.overrideComplete(reason, supervisor));
    }

    /** Whether F9 may open the override form; if not, says why on the status line. */
    public boolean mayOverride() {
        if (state.get() == StationState.PACKING) {
            return true;
        }
        show(messages.get("pack.key.f9"), Feedback.WARNING, messages.get("pack.station.nothing.to.complete"));
        return false;
    }

    /** Whether F2 may open the courier picker (an order's mall lists couriers); if not, says why. */
    public boolean mayPickCourier() {
        if (order.get() != null && !carriers.isEmpty()) {
            return true;
        }
        String key = order.get() == null ? "pack.courier.no.order" : "pack.courier.none";
        show(messages.get("pack.key.f2"), Feedback.WARNING, messages.get(key));
        return false;
    }

    /** F2's choice: ships with it from now on and is remembered for the order's mall. */
    public void pickCourier(Carrier chosen) {
        if (chosen == null) {
            return;
        }
        enqueue(messages.get("pack.key.f2"), s -> {
            StoredOrder on = BenchSnapshot.orderOn(s);
            if (on == null) {
                return new StationReply(s.state(), Feedback.WARNING, "pack.courier.no.order", List.of(), null);
            }
            s.selectCourier(chosen.code());
            bench.rememberCourier(on, chosen.code());
            return new StationReply(s.state(), Feedback.OK, "pack.courier.selected", List.of(chosen.name()), null);
        });
        courier.set(chosen);
    }

    private void enqueue(String label, Function<PackingStation, StationReply> command) {
        pending.addLast(new Input(label, command));
        busy.set(true);
        runNext();
    }

    private void runNext() {
        if (running || station == null || pending.isEmpty()) {
            busy.set(running || !pending.isEmpty());
            return;
        }
        running = true;
        Input input = pending.removeFirst();
        PackingStation on = station;
        executor.execute(BackgroundTask.of("pack.task.scan", () -> run(on, input.command()),
                snapshot -> {
                    apply(input.label(), snapshot);
                    finishRun();
                }, this::failed));
    }

    /** On the background thread: runs the input, and picks the courier when another order came onto the bench. */
    private BenchSnapshot run(PackingStation on, Function<PackingStation, StationReply> command) {
        StoredOrder before = BenchSnapshot.orderOn(on);
        StationReply reply = command.apply(on);
        StoredOrder after = BenchSnapshot.orderOn(on);
        List<Carrier> mallCarriers = null;
        Carrier chosen = null;
        if (after != null && (before == null || before.id() != after.id())) {
            mallCarriers = bench.carriers(after);
            chosen = bench.courierFor(after, mallCarriers).orElse(null);
            on.selectCourier(chosen == null ? null : chosen.code());
        }
        return new BenchSnapshot(reply, after, BenchSnapshot.linesOn(on), mallCarriers, chosen);
    }

    private void apply(String input, BenchSnapshot snapshot) {
        StationReply reply = snapshot.reply();
        state.set(reply.state());
        order.set(snapshot.order());
        lines.setAll(snapshot.lines());
        if (snapshot.carriers() != null) {
            carriers.setAll(snapshot.carriers());
            courier.set(snapshot.courier());
        }
        if (reply.feedback() != Feedback.NONE) {
            show(input, reply.feedback(), messages.get(reply.messageKey(), reply.args().toArray()));
        }
    }

    private void failed(Throwable error) {
        String cause = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        show("", Feedback.ERROR, messages.get("pack.error", cause));
        finishRun();
    }

    private void finishRun() {
        running = false;
        runNext();
    }

    private void show(String input, Feedback level, String message) {
        feedback.set(level);
        status.set(message);
        history.add(0, new HistoryEntry(input, level, message));
        if (history.size() > HISTORY_SIZE) {
            history.remove(HISTORY_SIZE, history.size());
        }
        sound.play(level);
    }

    /** What the packer should do now, for the current state. */
    public String prompt() {
        return messages.get("pack.prompt." + state.get().name().toLowerCase(Locale.ROOT));
    }

    /** "2 / 3" for a line. */
    public String count(PackLine line) {
        return line.scanned() + " / " + line.needed();
    }

    public String receiverName() {
        StoredOrder current = order.get();
        return current == null || current.receiver() == null || current.receiver().name() == null ? ""
                : current.receiver().name();
    }

    public ReadOnlyObjectProperty<StationState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StoredOrder> orderProperty() {
        return order.getReadOnlyProperty();
    }

    /** True while inputs are running or waiting (the catalogue read counts too). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<PackLine> lines() {
        return lines;
    }

    public ObservableList<Carrier> carriers() {
        return carriers;
    }

    public ReadOnlyObjectProperty<Carrier> courierProperty() {
        return courier;
    }

    public ObservableList<HistoryEntry> history() {
        return history;
    }
}
