package com.mallboard.shipping.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import com.mallboard.product.ui.EditorTab;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The product editor's label tab: prints this product's labels from where its label lines are edited. */
public final class LabelsEditorTab implements EditorTab {
    private final LabelPrintDialog dialog;
    private final ProductService products;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<List<Long>> onMarked;

    /** {@code onMarked} hears the product whose checklist printing ticked (the board refreshes its card). */
    public LabelsEditorTab(LabelPrintDialog dialog, ProductService products, TaskExecutor executor, Messages messages,
            Consumer<List<Long>> onMarked) {
        this.dialog = dialog;
        this.products = products;
        this.executor = executor;
        this.messages = messages;
        this.onMarked = onMarked;
    }

    @Override
    public Tab create(Product product) {
        Label hint = new Label(messages.get("labels.tab.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button print = new Button(messages.get("labels.print.action"), new FontIcon("mdi2b-barcode"));
        print.setId("editorPrintLabels");
        // The saved product, read again: the editor may have saved changes to the label lines since it opened.
        print.setOnAction(e -> executor.execute(BackgroundTask.of("task.labels.check", () -> products.find(product.id()),
                saved -> dialog.open(print.getScene().getWindow(), List.of(saved), onMarked),
                error -> hint.setText(messages.get("labels.error", error.getMessage())))));
        VBox content = new VBox(12, hint, print);
        content.setPadding(new Insets(16));
        content.getStyleClass().add("editor-tab-content");
        Tab tab = new Tab(messages.get("labels.tab"), content);
        tab.setId("editorLabelsTab");
        return tab;
    }
}
