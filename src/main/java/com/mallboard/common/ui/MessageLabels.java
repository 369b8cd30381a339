package com.mallboard.common.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** A wrapped, styled line of feedback (an error, a result, a notice) that takes no room while its text is empty. */
public final class MessageLabels {
    private MessageLabels() {
    }

    public static Label bound(String id, ObservableStringValue text, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
