package com.mallboard.shipping.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.Windows;
import com.mallboard.shipping.print.PdfPages;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A document's pages as they will print, drawn while they scroll into view (see {@link PreviewPages}), with Print…
 * and Save as PDF… working on the very bytes shown. The document stays open until the window closes.
 */
public final class DocumentPreviewWindow {
    private final DocumentOutput output;
    private final TaskExecutor executor;
    private final Messages messages;
    private final PrintableDocument document;
    private final Stage window = new Stage();
    private final OutputStatus status;
    private final ListView<Integer> pageList = new ListView<>();
    private final Label pageCount = new Label();
    private final Button print;
    private final Button save;
    private byte[] pdf;
    private PreviewPages pages;

    DocumentPreviewWindow(DocumentOutput output, TaskExecutor executor, Messages messages, PrintableDocument document,
            Runnable afterOutput) {
        this.output = output;
        this.executor = executor;
        this.messages = messages;
        this.document = document;
        this.status = new OutputStatus(messages);
        this.print = button("previewPrint", "print.print", "mdi2p-printer");
        this.save = button("previewSave", "print.save", "mdi2c-content-save-outline");
        print.setOnAction(e -> output.printDrawn(document.title(), pdf, status, afterOutput));
        save.setOnAction(e -> output.chooseTarget(window, document)
                .ifPresent(target -> output.saveDrawn(target, pdf, status, path -> afterOutput.run())));
    }

    void open(Window owner) {
        if (owner != null) {
            window.initOwner(owner);
        }
        window.setTitle(messages.get("print.preview.title", document.title()));
        Button close = button("previewClose", "print.close", "mdi2c-close");
        close.setDisable(false);
        close.setCancelButton(true);
        close.setOnAction(e -> window.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        pageCount.setId("previewPageCount");
        ToolBar tools = new ToolBar(print, save, spacer, pageCount, close);
        pageList.setId("previewPages");
        pageList.setFocusTraversable(true);
        status.setPadding(new Insets(6, 10, 6, 10));
        BorderPane content = new BorderPane(pageList, tools, null, status, null);
        content.setId("documentPreview");
        Windows.setContent(window, content, 860, 900);
        window.setOnHidden(e -> closeDocument());
        window.show();
        draw();
    }

    private void draw() {
        status.working("print.status.drawing");
        executor.execute(BackgroundTask.of("print.task.drawing", () -> {
            byte[] bytes = document.render().call();
            return new PreviewPages(PdfPages.open(bytes), bytes, executor);
        }, this::drawn, status::failed));
    }

    private void drawn(PreviewPages drawnPages) {
        if (!window.isShowing()) {
            drawnPages.close();
            return;
        }
        pages = drawnPages;
        pdf = drawnPages.bytes();
        pageList.setCellFactory(list -> pages.newCell());
        pageList.getItems().setAll(IntStream.range(0, pages.count()).boxed().toList());
        pageCount.setText(messages.get("print.preview.pages", pages.count()));
        print.setDisable(false);
        save.setDisable(false);
        status.done("print.status.ready");
    }

    private void closeDocument() {
        if (pages != null) {
            pages.close();
        }
    }

    private Button button(String id, String key, String icon) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setDisable(true);
        return button;
    }

    public Stage window() {
        return window;
    }

    String statusText() {
        return status.text();
    }
}
