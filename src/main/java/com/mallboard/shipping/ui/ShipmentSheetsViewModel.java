package com.mallboard.shipping.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.shipping.ShipmentSheets;
import com.mallboard.shipping.documents.SlipOrder;
import com.mallboard.shipping.pdf.PageLayout;
import com.mallboard.sync.InvalidSyncInputException;
import com.mallboard.sync.Mall;
import com.mallboard.sync.OrderCriteria;
import com.mallboard.sync.OrderedProduct;
import com.mallboard.sync.StoredOrder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shipment sheets screen: filters choose orders, check boxes make the batch, and the batch becomes a pick list
 * and packing slips (sort order, copies, paper). Every read and every drawing runs through the {@link TaskExecutor};
 * each filter change searches again and keeps checked the orders that are still found.
 */
public final class ShipmentSheetsViewModel {
    public static final int MAX_COPIES = 5;

    private final ShipmentSheets sheets;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final ObservableList<FilterChoice> malls = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> products = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoice> mall = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoice> product = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<OrderCriteria.Status> status = new SimpleObjectProperty<>(OrderCriteria.Status.OPEN);
    private final ObservableList<BatchRow> rows = FXCollections.observableArrayList(r -> new Observable[] {
        r.inBatchProperty()});
    private final ReadOnlyIntegerWrapper batchOrders = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper batchUnits = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<SlipOrder> slipOrder = new SimpleObjectProperty<>(SlipOrder.ORDER_DATE);
    private final ObjectProperty<Integer> copies = new SimpleObjectProperty<>(1);
    private final ObjectProperty<PageLayout> layout = new SimpleObjectProperty<>(PageLayout.A4);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** While the filter boxes are filled, their changes are not searches. */
    private boolean fillingChoices;
    /** Counts searches, so the answer to an older one that comes back late does not replace a newer one. */
    private long searches;

    public ShipmentSheetsViewModel(ShipmentSheets sheets, TaskExecutor executor, Messages messages, Formats formats,
            Clock clock) {
        this.sheets = sheets;
        this.executor = executor;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        FilterChoice allMalls = FilterChoice.all(messages.get("sheets.mall.all"));
        FilterChoice allProducts = FilterChoice.all(messages.get("sheets.product.all"));
        malls.add(allMalls);
        products.add(allProducts);
        mall.set(allMalls);
        product.set(allProducts);
        rows.addListener((javafx.collections.ListChangeListener<BatchRow>) change -> recount());
        for (ObjectProperty<?> filter : List.of(mall, product, from, to, status)) {
            filter.addListener((obs, old, now) -> {
                if (!fillingChoices) {
                    search();
                }
            });
        }
    }

    /** Reads the malls and the ordered products for the filter boxes, then searches. */
    public void load() {
        loading.set(true);
        executor.execute(BackgroundTask.of("sheets.task.load", () -> new Choices(sheets.malls(),
                sheets.orderedProducts()), this::fill, this::failed));
    }

    private record Choices(List<Mall> malls, List<OrderedProduct> products) {
    }

    private void fill(Choices choices) {
        fillingChoices = true;
        try {
            malls.setAll(malls.get(0));
            choices.malls().forEach(m -> malls.add(new FilterChoice(m.id(), m.displayName())));
            products.setAll(products.get(0));
            choices.products().forEach(p -> products.add(new FilterChoice(p.productId(), p.sku() + " · " + p.name())));
            mall.set(sameOrAll(malls, mall.get()));
            product.set(sameOrAll(products, product.get()));
        } finally {
            fillingChoices = false;
        }
        search();
    }

    private static FilterChoice sameOrAll(List<FilterChoice> choices, FilterChoice before) {
        Long id = before == null ? null : before.id();
        return choices.stream().filter(c -> Objects.equals(c.id(), id)).findFirst().orElse(choices.get(0));
    }

    /** Finds the orders the filters choose; orders that were checked and are found again stay checked. */
    public void search() {
        OrderCriteria criteria;
        try {
            criteria = criteria();
        } catch (InvalidSyncInputException e) {
            searches++;
            loading.set(false);
            error.set(messages.get(e.messageKey()));
            rows.clear();
            return;
        }
        Set<Long> checked = batch().stream().map(StoredOrder::id).collect(Collectors.toSet());
        long search = ++searches;
        loading.set(true);
        executor.execute(BackgroundTask.of("sheets.task.search", () -> sheets.find(criteria), found -> {
            if (search != searches) {
                return;
            }
            loading.set(false);
            error.set("");
            List<BatchRow> fresh = found.stream().map(BatchRow::new).toList();
            fresh.forEach(r -> r.inBatchProperty().set(checked.contains(r.order().id())));
            rows.setAll(fresh);
        }, this::failed));
    }

    OrderCriteria criteria() {
        return new OrderCriteria(idOf(mall.get()), from.get(), to.get(), status.get(), idOf(product.get()));
    }

    private static Long idOf(FilterChoice choice) {
        return choice == null ? null : choice.id();
    }

    private void failed(Throwable failure) {
        loading.set(false);
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        error.set(messages.get("sheets.error", reason));
    }

    /** Checks or unchecks every order the filters found. */
    public void selectAll(boolean inBatch) {
        rows.forEach(r -> r.inBatchProperty().set(inBatch));
    }

    private void recount() {
        batchOrders.set((int) rows.stream().filter(BatchRow::inBatch).count());
        batchUnits.set(rows.stream().filter(BatchRow::inBatch).mapToInt(BatchRow::units).sum());
    }

    /** The checked orders, as the table lists them. */
    public List<StoredOrder> batch() {
        return rows.stream().filter(BatchRow::inBatch).map(BatchRow::order).toList();
    }

    /** The batch's pick list; the batch is taken now, drawing happens when the document is rendered. */
    public PrintableDocument pickListDocument() {
        List<StoredOrder> batch = batch();
        return new PrintableDocument(messages.get("sheets.document.picklist", batch.size()),
                "pick-list-" + formats.date(formats.today(clock)) + ".pdf", () -> sheets.pickList(batch));
    }

    /** All packing slips of the batch with the sort order, copies and paper chosen now. */
    public PrintableDocument slipsDocument() {
        List<StoredOrder> batch = batch();
        SlipOrder order = slipOrder.get();
        int copyCount = Math.max(1, Math.min(MAX_COPIES, copies.get() == null ? 1 : copies.get()));
        PageLayout paper = layout.get();
        return new PrintableDocument(messages.get("sheets.document.slips", batch.size()),
                "packing-slips-" + formats.date(formats.today(clock)) + ".pdf",
                () -> sheets.packingSlips(batch, order, copyCount, paper));
    }

    public String orderedAt(StoredOrder order) {
        return formats.dateTime(order.orderedAt());
    }

    /** The receiver in full: this is a warehouse screen, and the name is what goes on the parcel. */
    public String receiver(StoredOrder order) {
        return order.receiver() == null || order.receiver().name() == null ? "" : order.receiver().name();
    }

    /** The first item's name, and how many other lines the order has. */
    public String items(StoredOrder order) {
        if (order.items().isEmpty()) {
            return "";
        }
        String first = Objects.requireNonNullElse(order.items().get(0).productName(), "");
        int more = order.items().size() - 1;
        return more == 0 ? first : messages.get("sheets.items.more", first, more);
    }

    public String state(StoredOrder order) {
        OrderCriteria.Status state = order.canceled() ? OrderCriteria.Status.CANCELED
                : order.shipped() ? OrderCriteria.Status.SHIPPED : OrderCriteria.Status.OPEN;
        return statusText(state);
    }

    public String statusText(OrderCriteria.Status value) {
        return messages.get("sheets.status." + value.name().toLowerCase(java.util.Locale.ROOT));
    }

    public String slipOrderText(SlipOrder value) {
        return messages.get("sheets.sort." + value.name().toLowerCase(java.util.Locale.ROOT));
    }

    public String layoutText(PageLayout value) {
        return messages.get("sheets.layout." + value.name().toLowerCase(java.util.Locale.ROOT));
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<FilterChoice> malls() {
        return malls;
    }

    public ObservableList<FilterChoice> products() {
        return products;
    }

    public ObjectProperty<FilterChoice> mallProperty() {
        return mall;
    }

    public ObjectProperty<FilterChoice> productProperty() {
        return product;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<OrderCriteria.Status> statusProperty() {
        return status;
    }

    public ObservableList<BatchRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty batchOrdersProperty() {
        return batchOrders.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty batchUnitsProperty() {
        return batchUnits.getReadOnlyProperty();
    }

    public ObjectProperty<SlipOrder> slipOrderProperty() {
        return slipOrder;
    }

    public ObjectProperty<Integer> copiesProperty() {
        return copies;
    }

    public ObjectProperty<PageLayout> layoutProperty() {
        return layout;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
