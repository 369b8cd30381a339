package com.mallboard.shipping.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.SettingsRepository;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.Windows;
import com.mallboard.product.Product;
import com.mallboard.shipping.labels.LabelChecklist;
import com.mallboard.shipping.labels.LabelLayoutException;
import com.mallboard.shipping.pdf.LabelRenderer;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens label printing for some products in a modal window: choose paper and measurements, read the warnings, then
 * preview, print or save through the shared {@link DocumentOutput}. Call from the JavaFX thread.
 */
public final class LabelPrintDialog {
    private final LabelRenderer renderer = new LabelRenderer();
    private final LabelChecklist checklist;
    private final SettingsRepository settings;
    private final DocumentOutput output;
    private final TaskExecutor executor;
    private final Messages messages;

    public LabelPrintDialog(LabelChecklist checklist, SettingsRepository settings, DocumentOutput output,
            TaskExecutor executor, Messages messages) {
        this.checklist = checklist;
        this.settings = settings;
        this.output = output;
        this.executor = executor;
        this.messages = messages;
    }

    /** {@code onMarked} hears the product ids whose checklist was ticked, so the board can show it. */
    public void open(Window owner, List<Product> products, Consumer<List<Long>> onMarked) {
        Stage window = Windows.modal(owner);
        List<Long> ids = products.stream().map(Product::id).toList();
        LabelPrintViewModel model = new LabelPrintViewModel(products, renderer, checklist, settings, executor, messages,
                () -> onMarked.accept(ids));
        LabelPrintView.Actions actions = new LabelPrintView.Actions(
                () -> document(model).ifPresent(doc -> output.preview(window, doc, model::labelsPrinted)),
                () -> document(model).ifPresent(doc -> output.print(window, doc, model::labelsPrinted)),
                () -> document(model).ifPresent(doc -> output.saveAsPdf(window, doc, path -> model.labelsPrinted())),
                window::close);
        Windows.setContent(window, new LabelPrintView(model, messages, actions), 620, 720);
        window.setTitle(messages.get("labels.dialog.title"));
        window.show();
        model.load();
    }

    /** The labels as chosen; empty (the form already says why) when the measurements do not fit the page. */
    private java.util.Optional<PrintableDocument> document(LabelPrintViewModel model) {
        try {
            return java.util.Optional.of(new PrintableDocument(messages.get("labels.document.title"), model.fileName(),
                    model.render()));
        } catch (LabelLayoutException e) {
            return java.util.Optional.empty();
        }
    }
}
