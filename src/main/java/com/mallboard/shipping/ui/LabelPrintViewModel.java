package com.mallboard.shipping.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.SettingsRepository;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.shipping.labels.LabelBatch;
import com.mallboard.shipping.labels.LabelChecklist;
import com.mallboard.shipping.labels.LabelLayout;
import com.mallboard.shipping.labels.LabelLayoutException;
import com.mallboard.shipping.labels.LabelMargins;
import com.mallboard.shipping.labels.LabelSheet;
import com.mallboard.shipping.labels.ProductLabel;
import com.mallboard.shipping.labels.ThermalRoll;
import com.mallboard.shipping.pdf.LabelRenderer;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The label dialog's state: paper, sheet measurements, copies, start position, whether printing ticks the labeling
 * checklist; the warnings of each product's label and what is wrong with the measurements, in the user's language.
 */
public final class LabelPrintViewModel {
    private final List<Product> products;
    private final List<ProductLabel> labels;
    private final LabelRenderer renderer;
    private final LabelChecklist checklist;
    private final LabelSettings settings;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Runnable onMarked;
    private final ObjectProperty<LabelPaper> paper = new SimpleObjectProperty<>(LabelPaper.A4_3X8);
    private final ObjectProperty<Double> width = mm(70);
    private final ObjectProperty<Double> height = mm(37);
    private final ObjectProperty<Double> top = mm(LabelMargins.A4_3X8.topMm());
    private final ObjectProperty<Double> left = mm(0);
    private final ObjectProperty<Double> columnGap = mm(0);
    private final ObjectProperty<Double> rowGap = mm(0);
    private final ObjectProperty<Integer> copies = new SimpleObjectProperty<>(1);
    private final ObjectProperty<Integer> start = new SimpleObjectProperty<>(1);
    private final BooleanProperty markDone = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper layoutError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final BooleanBinding ready;
    private List<ProductLabel> checkedLabels;
    private int fitRequests;

    /** {@code onMarked} runs after the checklist actions were ticked, so the board can show it. */
    public LabelPrintViewModel(List<Product> products, LabelRenderer renderer, LabelChecklist checklist,
            SettingsRepository settings, TaskExecutor executor, Messages messages, Runnable onMarked) {
        this.products = List.copyOf(products);
        this.labels = this.products.stream().map(p -> ProductLabel.of(p.details())).toList();
        this.checkedLabels = labels;
        this.renderer = renderer;
        this.checklist = checklist;
        this.settings = new LabelSettings(settings);
        this.executor = executor;
        this.messages = messages;
        this.onMarked = onMarked;
        this.ready = Bindings.createBooleanBinding(() -> layoutError.get().isEmpty() && !labels.isEmpty(),
                layoutError);
        Observable[] sizes = {paper, width, height};
        for (Observable size : sizes) {
            size.addListener(o -> checkFit());
        }
        for (Observable input : new Observable[] {paper, width, height, top, left, columnGap, rowGap, copies, start}) {
            input.addListener(o -> validate());
        }
        showWarnings(labels);
        validate();
    }

    /** Reads the remembered paper and measurements, then checks what fits on the labels. */
    public void load() {
        executor.execute(BackgroundTask.of("task.labels.check", settings::load, values -> {
            paper.set(values.paper());
            width.set(values.widthMm());
            height.set(values.heightMm());
            top.set(values.margins().topMm());
            left.set(values.margins().leftMm());
            columnGap.set(values.margins().columnGapMm());
            rowGap.set(values.margins().rowGapMm());
            checkFit();
        }, error -> status.set(messages.get("labels.error", error.getMessage()))));
    }

    /** The labels as chosen now; throws {@link LabelLayoutException} when the measurements cannot work. */
    public LabelBatch batch() {
        boolean sheet = paper.get() == LabelPaper.A4_3X8;
        return new LabelBatch(checkedLabels, layout(), copies.get(), sheet ? start.get() - 1 : 0);
    }

    /** Renders the labels as chosen at the time of the call; run the returned work off the FX thread. */
    public Callable<byte[]> render() {
        LabelBatch batch = batch();
        return () -> renderer.render(batch);
    }

    public String fileName() {
        String what = products.size() == 1 ? products.get(0).details().sku() : products.size() + "-products";
        return "labels-" + what.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    /**
     * After the labels were printed or saved: remembers the measurements and, when chosen, ticks "print product
     * labels" in each product's labeling checklist.
     */
    public void labelsPrinted() {
        LabelSettings.Values values = currentValues();
        List<Long> ids = products.stream().map(Product::id).toList();
        boolean mark = markDone.get();
        executor.execute(BackgroundTask.of("task.labels.mark", () -> {
            settings.save(values);
            return mark ? checklist.markPrinted(ids) : 0;
        }, count -> {
            if (mark) {
                status.set(messages.get("labels.marked", count));
                onMarked.run();
            }
        }, error -> status.set(messages.get("labels.error", error.getMessage()))));
    }

    private LabelLayout layout() {
        if (paper.get() == LabelPaper.THERMAL_50X30) {
            return ThermalRoll.LABEL_50X30;
        }
        return LabelSheet.a4ThreeByEight(width.get(), height.get(), currentValues().margins());
    }

    private LabelSettings.Values currentValues() {
        return new LabelSettings.Values(paper.get(), width.get(), height.get(),
                new LabelMargins(top.get(), left.get(), columnGap.get(), rowGap.get()));
    }

    private void validate() {
        try {
            LabelBatch batch = batch();
            layoutError.set("");
            summary.set(messages.get("labels.summary", batch.placements().size(), batch.pageCount()));
        } catch (LabelLayoutException e) {
            layoutError.set(messages.get(e.messageKey(), e.arguments()));
            summary.set("");
        }
    }

    /** Whether the ingredient lists fit depends on the label's size: checked again in the background on each change. */
    private void checkFit() {
        LabelLayout layout;
        try {
            layout = layout();
        } catch (LabelLayoutException e) {
            return;
        }
        int request = ++fitRequests;
        executor.execute(BackgroundTask.of("task.labels.check", () -> renderer.withFitWarnings(labels, layout),
                checked -> {
                    if (request != fitRequests) {
                        return; // an answer for measurements changed since; the newer check follows
                    }
                    checkedLabels = checked;
                    validate();
                    showWarnings(checked);
                }, error -> status.set(messages.get("labels.error", error.getMessage()))));
    }

    private void showWarnings(List<ProductLabel> checked) {
        warnings.setAll(checked.stream().flatMap(label -> label.warnings().stream()
                .map(w -> messages.get(w.messageKey(), label.name(), label.barcode(), label.sku()))).toList());
    }

    private static ObjectProperty<Double> mm(double value) {
        return new SimpleObjectProperty<>(value);
    }

    public int productCount() {
        return products.size();
    }

    public ObjectProperty<LabelPaper> paperProperty() {
        return paper;
    }

    public ObjectProperty<Double> widthProperty() {
        return width;
    }

    public ObjectProperty<Double> heightProperty() {
        return height;
    }

    public ObjectProperty<Double> topProperty() {
        return top;
    }

    public ObjectProperty<Double> leftProperty() {
        return left;
    }

    public ObjectProperty<Double> columnGapProperty() {
        return columnGap;
    }

    public ObjectProperty<Double> rowGapProperty() {
        return rowGap;
    }

    public ObjectProperty<Integer> copiesProperty() {
        return copies;
    }

    public ObjectProperty<Integer> startProperty() {
        return start;
    }

    public BooleanProperty markDoneProperty() {
        return markDone;
    }

    public ReadOnlyStringProperty layoutErrorProperty() {
        return layoutError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<String> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }

    public BooleanBinding readyProperty() {
        return ready;
    }
}
