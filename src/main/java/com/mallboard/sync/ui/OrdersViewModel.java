package com.mallboard.sync.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.sync.OrderService;
import com.mallboard.sync.PersonalData;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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
import javafx.collections.transformation.FilteredList;

/**
 * The orders screen: recent orders of every mall, a text filter, the selected order and its tracking entry.
 * Receivers' personal data is masked until the user turns it on; while masked, the filter does not match receivers'
 * real names either (typing guesses would otherwise reveal them).
 */
public final class OrdersViewModel {
    /** Enough for days of orders; older ones are the mall admin's business. */
    static final int RECENT_ORDERS = 500;

    private final OrderService orders;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<StoredOrder> all = FXCollections.observableArrayList();
    private final FilteredList<StoredOrder> visible = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showPersonalData = new SimpleBooleanProperty(false);
    private final ObjectProperty<StoredOrder> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final TrackingViewModel tracking;
    /** While the list is replaced the table drops its selection for a moment; the tracking form ignores that. */
    private boolean replacing;

    public OrdersViewModel(OrderService orders, TaskExecutor executor, Messages messages, Formats formats) {
        this.orders = orders;
        this.executor = executor;
        this.messages = messages;
        this.formats = formats;
        this.tracking = new TrackingViewModel(orders, executor, messages, this::load);
        filter.addListener((obs, old, now) -> applyFilter());
        showPersonalData.addListener((obs, old, now) -> applyFilter());
        selected.addListener((obs, old, now) -> {
            if (!replacing) {
                tracking.show(now);
            }
        });
    }

    /** Reads the recent orders in the background; the selected order stays selected (with fresh data). */
    public void load() {
        loading.set(true);
        executor.execute(BackgroundTask.of("orders.task.load", () -> orders.recent(RECENT_ORDERS), list -> {
            loading.set(false);
            error.set("");
            StoredOrder before = selected.get();
            StoredOrder fresh = before == null ? null
                    : list.stream().filter(o -> o.id() == before.id()).findFirst().orElse(null);
            replacing = true;
            try {
                all.setAll(list);
                selected.set(fresh);
            } finally {
                replacing = false;
            }
            tracking.show(fresh);
        }, failure -> {
            loading.set(false);
            error.set(messages.get("orders.error", TrackingViewModel.describe(failure)));
        }));
    }

    private void applyFilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        boolean personal = showPersonalData.get();
        visible.setPredicate(text.isEmpty() ? null : order -> matches(order, text, personal));
    }

    static boolean matches(StoredOrder order, String lowerText, boolean personalDataShown) {
        Stream<String> own = Stream.of(order.orderId(), order.mallName(),
                personalDataShown && order.receiver() != null ? order.receiver().name() : null);
        Stream<String> lines = order.items().stream()
                .flatMap(item -> Stream.of(item.productName(), item.customProductCode(), item.optionValue()));
        return Stream.concat(own, lines).anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(lowerText));
    }

    /** The receiver's name as the list shows it: masked unless personal data is shown. */
    public String receiverName(StoredOrder order) {
        return PersonalData.name(order.receiver(), showPersonalData.get());
    }

    /** A cell value that follows the personal-data toggle. */
    public StringBinding receiverNameBinding(StoredOrder order) {
        return Bindings.createStringBinding(() -> receiverName(order), showPersonalData);
    }

    public String orderedAt(StoredOrder order) {
        return formats.dateTime(order.orderedAt());
    }

    public String amount(StoredOrder order) {
        return Formats.won(order.paymentAmountWon());
    }

    public String state(StoredOrder order) {
        return messages.get(OrderState.of(order).messageKey());
    }

    /** Lines and pieces: "2줄 · 3개". */
    public String itemCount(StoredOrder order) {
        int pieces = order.items().stream().mapToInt(StoredOrderItem::quantity).sum();
        return messages.get("orders.items", order.items().size(), pieces);
    }

    /** The selected order's receiver block, one binding per line, masked until the toggle is on. */
    public StringBinding receiverLine(ReceiverLine line) {
        return Bindings.createStringBinding(() -> {
            StoredOrder order = selected.get();
            Receiver r = order == null ? null : order.receiver();
            if (r == null) {
                return "";
            }
            boolean shown = showPersonalData.get();
            return switch (line) {
                case NAME -> receiverName(order);
                case PHONE -> PersonalData.phones(r, shown);
                case ADDRESS -> PersonalData.address(r, shown);
                case MESSAGE -> PersonalData.orHidden(r.shippingMessage(), shown);
            };
        }, selected, showPersonalData);
    }

    /** The lines of the receiver block. */
    public enum ReceiverLine {
        NAME, PHONE, ADDRESS, MESSAGE
    }

    public ObservableList<StoredOrder> visibleOrders() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showPersonalDataProperty() {
        return showPersonalData;
    }

    public ObjectProperty<StoredOrder> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public TrackingViewModel tracking() {
        return tracking;
    }

    public Messages messages() {
        return messages;
    }

    public Formats formats() {
        return formats;
    }
}
