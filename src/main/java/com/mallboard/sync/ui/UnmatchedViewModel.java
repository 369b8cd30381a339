package com.mallboard.sync.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import com.mallboard.sync.OrderService;
import com.mallboard.sync.UnmatchedItem;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The unmatched queue: order lines no product claims, grouped by what the mall sent. The user picks a product (by
 * SKU or name, searched in memory over the active products read once) and maps the group; every line with that key
 * matches, now and in later orders.
 */
public final class UnmatchedViewModel {
    /** More matches than this are not worth scrolling: type more of the name. */
    static final int MAX_MATCHES = 50;

    private record Candidate(Product product, String searchText) {
    }

    private final OrderService orders;
    private final ProductService products;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<UnmatchedItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<UnmatchedItem> selected = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Product> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Product> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canMap;
    private List<Candidate> candidates = List.of();

    public UnmatchedViewModel(OrderService orders, ProductService products, TaskExecutor executor, Messages messages) {
        this.orders = orders;
        this.products = products;
        this.executor = executor;
        this.messages = messages;
        this.canMap = Bindings.createBooleanBinding(() -> selected.get() != null && chosen.get() != null && !busy.get(),
                selected, chosen, busy);
        search.addListener((obs, old, now) -> findMatches());
        selected.addListener((obs, old, now) -> {
            if (now != null) {
                search.set(now.customProductCode() == null ? "" : now.customProductCode());
            }
        });
    }

    /** Reads the queue and the active products in the background. */
    public void load() {
        busy.set(true);
        executor.execute(BackgroundTask.of("unmatched.task.load", () -> new Loaded(orders.unmatched(),
                products.active().stream().map(p -> new Candidate(p, searchTextOf(p))).toList()), loaded -> {
                    busy.set(false);
                    candidates = loaded.candidates();
                    items.setAll(loaded.items());
                    findMatches();
                }, this::failed));
    }

    private record Loaded(List<UnmatchedItem> items, List<Candidate> candidates) {
    }

    private static String searchTextOf(Product p) {
        return (p.sku() + " " + p.name()).toLowerCase(Locale.ROOT);
    }

    private void findMatches() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Product before = chosen.get();
        matches.setAll(text.isEmpty() ? List.of() : candidates.stream().filter(c -> c.searchText().contains(text))
                .limit(MAX_MATCHES).map(Candidate::product).toList());
        chosen.set(before != null && matches.contains(before) ? before : matches.size() == 1 ? matches.get(0) : null);
    }

    /** Maps the selected group to the chosen product; the group leaves the queue and the message counts the lines. */
    public void mapSelected() {
        UnmatchedItem item = selected.get();
        Product product = chosen.get();
        if (item == null || product == null || busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.of("unmatched.task.map", () -> new Mapped(orders.map(item, product.id()),
                orders.unmatched()), mapped -> {
                    busy.set(false);
                    items.setAll(mapped.remaining());
                    selected.set(null);
                    search.set("");
                    message.set(messages.get("unmatched.mapped", mapped.lines(), product.sku(), product.name()));
                }, this::failed));
    }

    private record Mapped(int lines, List<UnmatchedItem> remaining) {
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(messages.get("orders.error", TrackingViewModel.describe(failure)));
    }

    /** What the mall sent, for the list: its product code, else its product name. */
    public static String codeOrName(UnmatchedItem item) {
        return item.customProductCode() != null && !item.customProductCode().isBlank() ? item.customProductCode()
                : item.productName();
    }

    public ObservableList<UnmatchedItem> items() {
        return items;
    }

    public ObjectProperty<UnmatchedItem> selectedProperty() {
        return selected;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Product> matches() {
        return matches;
    }

    public ObjectProperty<Product> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canMapProperty() {
        return canMap;
    }

    public Messages messages() {
        return messages;
    }
}
