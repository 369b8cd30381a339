package com.mallboard.sync.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.InvalidSyncInputException;
import com.mallboard.sync.OrderService;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Entering a tracking number for one order: the mall's couriers, the number (typed or scanned), and which lines it
 * ships (every unshipped line unless the user unticks some). The service checks the number; its complaint shows
 * under the field and nothing is stored.
 */
public final class TrackingViewModel {

    /** One unshipped line with its "ship it" tick. */
    public static final class LineChoice {
        private final StoredOrderItem item;
        private final BooleanProperty selected = new SimpleBooleanProperty(true);

        LineChoice(StoredOrderItem item) {
            this.item = item;
        }

        public StoredOrderItem item() {
            return item;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }
    }

    private final OrderService orders;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Runnable onSaved;
    private final ObservableList<Carrier> carriers = FXCollections.observableArrayList();
    private final ObjectProperty<Carrier> carrier = new SimpleObjectProperty<>();
    private final StringProperty trackingNo = new SimpleStringProperty("");
    private final ObservableList<LineChoice> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper noCarriers = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private StoredOrder order;

    /** {@code onSaved} runs after a number was stored, so the orders list can show it. */
    public TrackingViewModel(OrderService orders, TaskExecutor executor, Messages messages, Runnable onSaved) {
        this.orders = orders;
        this.executor = executor;
        this.messages = messages;
        this.onSaved = onSaved;
        trackingNo.addListener((obs, old, now) -> error.set(""));
        carrier.addListener((obs, old, now) -> error.set(""));
    }

    /**
     * Shows {@code next} (null: none). The same order again (after a save) keeps the courier and the "saved" note;
     * another order starts afresh and reads its mall's couriers in the background.
     */
    public void show(StoredOrder next) {
        boolean sameOrder = order != null && next != null && order.id() == next.id();
        order = next;
        lines.setAll(next == null ? List.of() : next.items().stream().filter(i -> i.trackingNo() == null)
                .map(LineChoice::new).toList());
        open.set(next != null && !next.canceled() && !lines.isEmpty());
        if (sameOrder) {
            return;
        }
        error.set("");
        saved.set("");
        trackingNo.set("");
        carriers.clear();
        carrier.set(null);
        noCarriers.set(false);
        if (next != null) {
            executor.execute(BackgroundTask.of("orders.task.carriers", () -> orders.carriers(next), list -> {
                if (order != null && order.id() == next.id()) {
                    carriers.setAll(list);
                    carrier.set(list.size() == 1 ? list.get(0) : null);
                    noCarriers.set(list.isEmpty());
                }
            }, failure -> error.set(messages.get("orders.error", describe(failure)))));
        }
    }

    /** Stores the number for the ticked lines and queues it for the mall (Enter in the field does this too). */
    public void submit() {
        if (order == null || busy.get() || !open.get()) {
            return;
        }
        StoredOrder target = order;
        List<String> codes = lines.stream().filter(l -> l.selectedProperty().get()).map(l -> l.item().itemCode())
                .toList();
        String number = trackingNo.get();
        String carrierCode = carrier.get() == null ? null : carrier.get().code();
        busy.set(true);
        error.set("");
        saved.set("");
        executor.execute(BackgroundTask.of("orders.task.tracking",
                () -> orders.recordTracking(target, codes, number, carrierCode), shipment -> {
                    busy.set(false);
                    String stored = number.strip().replace(" ", "");
                    trackingNo.set("");
                    saved.set(messages.get("tracking.saved", stored, codes.size()));
                    onSaved.run();
                }, failure -> {
                    busy.set(false);
                    error.set(failure instanceof InvalidSyncInputException invalid ? messages.get(invalid.messageKey())
                            : messages.get("orders.error", describe(failure)));
                }));
    }

    static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    public ObservableList<Carrier> carriers() {
        return carriers;
    }

    public ObjectProperty<Carrier> carrierProperty() {
        return carrier;
    }

    public StringProperty trackingNoProperty() {
        return trackingNo;
    }

    public ObservableList<LineChoice> lines() {
        return lines;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Saved; queued for the mall" after a number was stored; empty otherwise. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The mall's courier list has not been read yet: a sync of the mall reads it. */
    public ReadOnlyBooleanProperty noCarriersProperty() {
        return noCarriers.getReadOnlyProperty();
    }

    /** An order is shown that is not canceled and still has unshipped lines. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }
}
