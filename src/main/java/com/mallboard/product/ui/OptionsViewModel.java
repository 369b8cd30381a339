package com.mallboard.product.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.FieldProblem;
import com.mallboard.product.InvalidOptionsException;
import com.mallboard.product.InvalidProductException;
import com.mallboard.product.Product;
import com.mallboard.product.ProductOption;
import com.mallboard.product.StaleProductException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A product's options (shades, sizes) in the editor: add, edit and remove rows, then save them all at once in the
 * background. Problems the tab can see itself (blank or repeated names and SKUs, negative stock) show as soon as they
 * are typed and keep Save disabled; the service's own answer (an option SKU another product uses) shows after saving.
 */
public final class OptionsViewModel {
    private static final long MAX_STOCK = Integer.MAX_VALUE;

    private final OptionCommands commands;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<Product> onSaved;
    private final ObservableList<ProductOption> options = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newSku = new SimpleStringProperty("");
    private final StringProperty newStock = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final IntegerBinding total;
    private final StringBinding totalText;
    private final BooleanBinding canAdd;
    private final BooleanBinding canSave;
    private Product product;

    /** @param onSaved gets the product as stored after a save (its stock is now the options' sum) */
    public OptionsViewModel(OptionCommands commands, TaskExecutor executor, Messages messages, Product product,
            Consumer<Product> onSaved) {
        this.commands = commands;
        this.executor = executor;
        this.messages = messages;
        this.product = product;
        this.onSaved = onSaved;
        total = Bindings.createIntegerBinding(() -> options.stream().mapToInt(ProductOption::stock).sum(), options);
        totalText = Bindings.createStringBinding(() -> options.isEmpty() ? messages.get("option.total.none")
                : messages.get("option.total", total.get()), options, total);
        canAdd = Bindings.createBooleanBinding(() -> !busy.get() && !NumberText.isBlank(newName.get())
                && !NumberText.isBlank(newSku.get()) && stockOf(newStock.get()) != null, busy, newName, newSku, newStock);
        canSave = Bindings.createBooleanBinding(() -> !busy.get() && problems.isEmpty(), busy, problems);
        options.addListener((ListChangeListener<ProductOption>) change -> {
            message.set("");
            problems.setAll(texts(problemsOf(options, this.product.sku())));
        });
    }

    /** Reads the stored options in the background. */
    public void load() {
        busy.set(true);
        long id = product.id();
        executor.execute(BackgroundTask.of("option.task.load", () -> commands.load(id), loaded -> {
            busy.set(false);
            options.setAll(loaded);
        }, failure -> {
            busy.set(false);
            problems.setAll(unexpected(failure));
        }));
    }

    /** Adds the option typed in the three fields at the end, and empties them for the next one. */
    public void add() {
        if (!canAdd.get()) {
            return;
        }
        options.add(new ProductOption(newName.get(), newSku.get(), stockOf(newStock.get())));
        newName.set("");
        newSku.set("");
        newStock.set("");
    }

    public void remove(int index) {
        if (index >= 0 && index < options.size()) {
            options.remove(index);
        }
    }

    /** Replaces the option at {@code index}, after an edit in the table. */
    public void update(int index, ProductOption changed) {
        if (index >= 0 && index < options.size()) {
            options.set(index, changed);
        }
    }

    /** Saves every option in the shown order; on success says that the next sync sends them to the malls. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        List<ProductOption> toSave = List.copyOf(options);
        Product current = product;
        busy.set(true);
        message.set("");
        executor.execute(BackgroundTask.of("option.task.save", () -> commands.save(current, toSave), saved -> {
            busy.set(false);
            product = saved;
            message.set(messages.get("option.saved"));
            onSaved.accept(saved);
        }, failure -> {
            busy.set(false);
            problems.setAll(failed(failure));
        }));
    }

    /** The problems a list of options has on its own, as message keys in the order the service names them. */
    static List<String> problemsOf(List<ProductOption> options, String productSku) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> skus = new HashSet<>();
        for (ProductOption option : options) {
            if (NumberText.isBlank(option.name())) {
                found.add("option.invalid.name");
            } else if (!names.add(option.name().toLowerCase(Locale.ROOT))) {
                found.add("option.duplicate.name");
            }
            if (NumberText.isBlank(option.sku())) {
                found.add("option.invalid.sku");
            } else if (!skus.add(option.sku().toUpperCase(Locale.ROOT))) {
                found.add("option.duplicate.sku");
            } else if (option.sku().equalsIgnoreCase(productSku)) {
                found.add("option.sku.taken");
            }
            if (option.stock() < 0) {
                found.add("option.invalid.stock");
            }
        }
        return new ArrayList<>(found);
    }

    /** The stock typed ("1,200"), 0 when blank, null when it is not a number. */
    static Integer stockOf(String text) {
        if (NumberText.isBlank(text)) {
            return 0;
        }
        Long value = NumberText.parse(text, MAX_STOCK);
        return value == null ? null : value.intValue();
    }

    private List<String> failed(Throwable failure) {
        if (failure instanceof InvalidOptionsException invalid) {
            return texts(invalid.messageKeys());
        }
        if (failure instanceof InvalidProductException invalid) {
            return texts(invalid.problems().stream().map(FieldProblem::messageKey).distinct().toList());
        }
        if (failure instanceof StaleProductException) {
            return List.of(messages.get("validation.stale"));
        }
        return unexpected(failure);
    }

    private List<String> unexpected(Throwable failure) {
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return List.of(messages.get("editor.error.unexpected", detail));
    }

    private List<String> texts(List<String> keys) {
        return keys.stream().map(messages::get).toList();
    }

    public ObservableList<ProductOption> options() {
        return options;
    }

    /** What is wrong, translated, one line each; empty when nothing is. */
    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newSkuProperty() {
        return newSku;
    }

    public StringProperty newStockProperty() {
        return newStock;
    }

    /** The confirmation after a save; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public IntegerBinding totalProperty() {
        return total;
    }

    /** "옵션 재고 합계 120개 — 상품 재고로 쓰입니다". */
    public StringBinding totalTextProperty() {
        return totalText;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public Product product() {
        return product;
    }
}
