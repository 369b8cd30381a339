package com.mallboard.product.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.ActivityEntry;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.DuplicateSkuException;
import com.mallboard.product.InvalidProductException;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductField;
import com.mallboard.product.ProductMerge;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.product.StageMove;
import com.mallboard.product.StaleProductException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * State of the product editor: the form, the save and trash commands, and the read-only checklist, stage history and
 * activity log of an existing product. Every service call goes through the {@link TaskExecutor}; a failed save
 * explains itself and leaves what the user typed in place.
 */
public final class ProductEditorViewModel {
    private final ProductService products;
    private final EditorCommands commands;
    private final TaskExecutor executor;
    private final Messages messages;
    private final HistoryRows historyRows;
    private final ProductForm form;
    private final ChecklistViewModel checklist;
    private final ObservableList<HistoryRows.StageRow> stageHistory = FXCollections.observableArrayList();
    private final ObservableList<HistoryRows.ActivityRow> activity = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ConflictViewModel> conflict = new ReadOnlyObjectWrapper<>();
    private final Formats formats;
    private List<ChecklistAction> storedChecklist = List.of();
    private final BooleanBinding canSave;
    private volatile List<String> knownTags = List.of();
    private volatile List<String> chosenTags = List.of();
    private Product product;

    public ProductEditorViewModel(ProductService products, EditorCommands commands, TaskExecutor executor,
            Messages messages, Formats formats, Product productOrNull) {
        this(products, commands, executor, messages, formats, productOrNull, Clock.systemUTC());
    }

    ProductEditorViewModel(ProductService products, EditorCommands commands, TaskExecutor executor, Messages messages,
            Formats formats, Product productOrNull, Clock clock) {
        this.products = products;
        this.commands = commands;
        this.executor = executor;
        this.messages = messages;
        this.formats = formats;
        this.historyRows = new HistoryRows(messages, formats);
        this.product = productOrNull;
        this.form = new ProductForm(messages);
        Stage stage = productOrNull == null ? Stage.PLANNING : productOrNull.stage();
        this.checklist = new ChecklistViewModel(products, executor, messages, formats, clock,
                productOrNull == null ? null : productOrNull.id(), stage, this::showError);
        this.canSave = Bindings.createBooleanBinding(() -> form.isValid() && !saving.get(),
                form.validProperty(), saving);
        // Completion asks from its own thread; give it copies instead of the live FX list.
        form.tags().addListener((ListChangeListener<String>) change -> chosenTags = List.copyOf(form.tags()));
        if (productOrNull != null) {
            form.load(productOrNull.details(), productOrNull.tags());
        }
    }

    /** What the editor needs besides the product itself, read in one background trip. */
    private record Extras(List<String> tags, List<ChecklistAction> checklist, List<StageMove> history,
            List<ActivityEntry> activity) {
    }

    /** Reads known tags (for completion) and, for an existing product, its checklist and history. */
    public void load() {
        Long id = product == null ? null : product.id();
        loading.set(true);
        executor.execute(BackgroundTask.of("editor.task.load", () -> id == null
                        ? new Extras(products.allTags(), List.of(), List.of(), List.of())
                        : new Extras(products.allTags(), products.checklist(id), products.stageHistory(id),
                                products.activity(id)),
                extras -> {
                    loading.set(false);
                    knownTags = List.copyOf(extras.tags());
                    checklist.show(extras.checklist());
                    stageHistory.setAll(historyRows.stageRows(extras.history()));
                    activity.setAll(historyRows.activityRows(extras.activity()));
                },
                failure -> {
                    loading.set(false);
                    showError(failure);
                }));
    }

    /** Saves in the background; {@code onSaved} gets the stored product. On failure the form keeps every value. */
    public void save(Consumer<Product> onSaved) {
        form.commitPendingTag();
        if (!canSave.get()) {
            return;
        }
        ProductDetails details = form.details();
        Set<String> tags = form.tagSet();
        Product current = product;
        saving.set(true);
        error.set(null);
        executor.execute(BackgroundTask.of("editor.task.save",
                () -> current == null ? commands.create(details, tags) : commands.save(current, details, tags),
                saved -> {
                    saving.set(false);
                    product = saved;
                    onSaved.accept(saved);
                },
                failure -> {
                    saving.set(false);
                    saveFailed(failure, onSaved);
                }));
    }

    /** Moves the product to the trash (it can be restored from there); {@code onTrashed} gets it as trashed. */
    public void trash(Consumer<Product> onTrashed) {
        if (product == null) {
            return;
        }
        long id = product.id();
        saving.set(true);
        error.set(null);
        executor.execute(BackgroundTask.of("editor.task.trash", () -> {
            commands.trash(id);
            return products.find(id);
        }, trashed -> {
            saving.set(false);
            onTrashed.accept(trashed);
        }, failure -> {
            saving.set(false);
            showError(failure);
        }));
    }

    /** After a stale save: read the stored product again, dropping this window's edits, as the message advised. */
    public void reload() {
        if (product == null) {
            return;
        }
        long id = product.id();
        loading.set(true);
        executor.execute(BackgroundTask.of("editor.task.load", () -> products.find(id), latest -> {
            loading.set(false);
            product = latest;
            stale.set(false);
            error.set(null);
            form.load(latest.details(), latest.tags());
            load();
        }, failure -> {
            loading.set(false);
            showError(failure);
        }));
    }

    /**
     * Continues from {@code changed}, which a tab saved itself (the options tab sets the stock): its version, so Save
     * is not refused as stale, and its stock; other fields keep what was typed.
     */
    void adopt(Product changed) {
        product = changed;
        if (form.hasUnsavedChanges()) {
            form.text(ProductField.STOCK).set(NumberText.format(changed.details().stock()));
        } else {
            form.load(changed.details(), changed.tags());
        }
    }

    /**
     * Someone saved the product since this editor read it. Deleted or trashed meanwhile: say so and keep the edits.
     * Otherwise merge three ways (the copy this editor started from, theirs, mine): with no field both changed the
     * merge is saved at once; else {@link #conflictProperty()} offers the choice to the view.
     */
    private void staleSaved(StaleProductException failure, Consumer<Product> onSaved) {
        stale.set(true);
        if (failure.stored().map(Product::inTrash).orElse(false)) {
            error.set(messages.get("merge.trashed"));
            return;
        }
        Product base = product;
        ProductDetails mine = form.details();
        Set<String> mineTags = form.tagSet();
        String shownChecklist = checklistText(checklist.actions());
        loading.set(true);
        executor.execute(BackgroundTask.of("editor.task.merge", () -> products.merge(base, mine, mineTags).map(merge -> {
            List<ChecklistAction> stored = products.checklist(base.id());
            storedChecklist = stored;
            return merge.withChecklist(shownChecklist, checklistText(stored), products.activity(base.id()));
        }), merge -> {
            loading.set(false);
            if (merge.isEmpty()) {
                error.set(messages.get("merge.deleted"));
            } else if (merge.get().stored().inTrash()) {
                error.set(messages.get("merge.trashed"));
            } else {
                error.set(messages.get("merge.pending"));
                ConflictViewModel choice = new ConflictViewModel(merge.get(), messages, formats);
                if (choice.rows().isEmpty()) {
                    resolveConflict(choice, onSaved);
                } else {
                    conflict.set(choice);
                }
            }
        }, failed -> {
            loading.set(false);
            showError(failed);
        }));
    }

    /** Saves the merge the user chose against the stored version; stale again, the dialog comes again. */
    public void resolveConflict(ConflictViewModel choice, Consumer<Product> onSaved) {
        conflict.set(null);
        ProductMerge.Resolved merged = choice.resolved();
        product = choice.stored();
        form.show(merged.details(), merged.tags());
        if (choice.checklistChanged()) {
            checklist.show(storedChecklist);
        }
        stale.set(false);
        save(onSaved);
    }

    /** The user closed the conflict dialog: nothing is saved and every edit stays in the form. */
    public void cancelConflict() {
        conflict.set(null);
        error.set(messages.get("merge.cancelled"));
    }

    private static String checklistText(List<ChecklistAction> actions) {
        return actions.stream().sorted(java.util.Comparator.comparingLong(ChecklistAction::id))
                .map(action -> (action.done() ? "✓ " : "☐ ") + action.title())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Tags already used on other products that start with (or contain) what is typed, for completion. */
    public List<String> tagSuggestions(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        List<String> current = chosenTags;
        return knownTags.stream()
                .filter(tag -> tag.contains(needle) && !current.contains(tag))
                .sorted((a, b) -> Boolean.compare(!a.startsWith(needle), !b.startsWith(needle)))
                .limit(12)
                .toList();
    }

    private void saveFailed(Throwable failure, Consumer<Product> onSaved) {
        if (failure instanceof DuplicateSkuException duplicate) {
            String message = messages.get("validation.duplicate.sku", duplicate.sku());
            form.report(ProductField.SKU, message);
            error.set(message);
        } else if (failure instanceof StaleProductException staleSave) {
            staleSaved(staleSave, onSaved);
        } else if (failure instanceof InvalidProductException invalid) {
            form.report(invalid.problems());
            error.set(messages.get("editor.error.invalid"));
        } else {
            showError(failure);
        }
    }

    private void showError(Throwable failure) {
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        error.set(messages.get("editor.error.unexpected", detail));
    }

    public ProductForm form() {
        return form;
    }

    public ChecklistViewModel checklist() {
        return checklist;
    }

    public ObservableList<HistoryRows.StageRow> stageHistory() {
        return stageHistory;
    }

    public ObservableList<HistoryRows.ActivityRow> activity() {
        return activity;
    }

    public boolean isNew() {
        return product == null;
    }

    /** The product as last read or saved; null for a new one that is not saved yet. */
    public Product product() {
        return product;
    }

    /** "새 상품", or "SKU · name" of the product as it was opened. */
    public String title() {
        return product == null ? messages.get("editor.title.new")
                : messages.get("editor.title.edit", product.sku(), product.name());
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Set while a conflict waits for the user's choice (the view shows {@link ConflictDialog}); null otherwise. */
    public ReadOnlyObjectProperty<ConflictViewModel> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
