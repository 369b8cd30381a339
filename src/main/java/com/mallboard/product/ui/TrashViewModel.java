package com.mallboard.product.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The trash: products moved there, to restore to the board or delete for good. */
public final class TrashViewModel {

    /** One trashed product as the list shows it. */
    public record Row(long productId, String sku, String name, String trashedAt) {
    }

    private final ProductService products;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Formats formats;
    private final Runnable onChanged;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final BooleanBinding canAct;

    /** {@code onChanged} runs after a restore or purge, so the board can refresh. */
    public TrashViewModel(ProductService products, TaskExecutor executor, Messages messages, Formats formats,
            Runnable onChanged) {
        this.products = products;
        this.executor = executor;
        this.messages = messages;
        this.formats = formats;
        this.onChanged = onChanged;
        this.canAct = Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get(), selected, busy);
    }

    public void load() {
        run("trash.task.load", () -> products.trash(), false);
    }

    /** Puts the selected product back on the board, in the stage it left. */
    public void restoreSelected() {
        Row row = selected.get();
        if (row != null && !busy.get()) {
            run("trash.task.restore", () -> {
                products.restore(row.productId());
                return products.trash();
            }, true);
        }
    }

    /** Deletes the selected product for good; the view asks first. */
    public void purgeSelected() {
        Row row = selected.get();
        if (row != null && !busy.get()) {
            run("trash.task.purge", () -> {
                products.purge(row.productId());
                return products.trash();
            }, true);
        }
    }

    private void run(String titleKey, java.util.concurrent.Callable<List<Product>> work, boolean changed) {
        busy.set(true);
        error.set(null);
        executor.execute(BackgroundTask.of(titleKey, work, trashed -> {
            busy.set(false);
            show(trashed);
            if (changed) {
                onChanged.run();
            }
        }, failure -> {
            busy.set(false);
            error.set(messages.get("trash.error", failure.getMessage() == null
                    ? failure.getClass().getSimpleName() : failure.getMessage()));
        }));
    }

    private void show(List<Product> trashed) {
        rows.setAll(trashed.stream()
                .sorted((a, b) -> b.deletedAt().compareTo(a.deletedAt()))
                .map(p -> new Row(p.id(), p.sku(), p.name(), formats.dateTime(p.deletedAt())))
                .toList());
        selected.set(null);
    }

    /** The question asked before deleting for good. */
    public String purgeQuestion(Row row) {
        return messages.get("trash.purge.question", row.sku(), row.name());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public BooleanBinding canActProperty() {
        return canAct;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
