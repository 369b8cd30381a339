package com.mallboard.shipping.ui;

import com.mallboard.common.Messages;
import com.mallboard.shipping.print.PrintFailedException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** One line under a document saying what its printing or saving is doing, with a bar while it works. */
final class OutputStatus extends HBox {
    private final Messages messages;
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private int pages;

    OutputStatus(Messages messages) {
        super(10);
        this.messages = messages;
        text.setId("outputStatus");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        bar.setId("outputProgress");
        bar.setPrefWidth(160);
        bar.setVisible(false);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(bar, text);
        getStyleClass().add("output-status");
    }

    void working(String key, Object... args) {
        show(key, args);
        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setVisible(true);
    }

    /** Printing a document of {@code pageCount} pages starts; pages then count up from the printing thread. */
    void printing(int pageCount) {
        pages = pageCount;
        working("print.status.printing.start", pageCount);
        bar.setProgress(0);
    }

    /** Called on the printing thread. */
    void pagePrinted(int page) {
        Platform.runLater(() -> {
            show("print.status.printing.page", page, pages);
            bar.setProgress(pages == 0 ? 1 : (double) page / pages);
        });
    }

    void done(String key, Object... args) {
        show(key, args);
        bar.setVisible(false);
        getStyleClass().remove("output-failed");
    }

    void failed(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof PrintFailedException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof PrintFailedException failure) {
            show(failure.messageKey(), failure.detail());
        } else {
            show("print.status.failed", String.valueOf(error.getMessage()));
        }
        bar.setVisible(false);
        if (!getStyleClass().contains("output-failed")) {
            getStyleClass().add("output-failed");
        }
    }

    private void show(String key, Object... args) {
        text.setText(messages.get(key, args));
    }

    String text() {
        return text.getText();
    }
}
