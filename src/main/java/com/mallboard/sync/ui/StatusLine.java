package com.mallboard.sync.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** A line under a table for what just happened, or (in red) what went wrong; hidden when there is nothing to say. */
final class StatusLine {
    private StatusLine() {
    }

    static Label notice(String id, ObservableStringValue text) {
        return line(id, text, "sync-notice");
    }

    static Label error(String id, ObservableStringValue text) {
        return line(id, text, "sync-error");
    }

    private static Label line(String id, ObservableStringValue text, String styleClass) {
        Label label = styled(id, text, styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A line as wide as its text, in {@code styleClass}, for a form's own notice and error styles. */
    static Label styled(String id, ObservableStringValue text, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
