package com.mallboard.settings.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The pieces every settings section is made of: a group with a heading and a note, and a line of feedback. */
final class SettingsParts {
    private SettingsParts() {
    }

    /** A heading, a muted explanation under it (none when {@code note} is null), then the controls. */
    static VBox group(String heading, String note, Node... controls) {
        Label title = new Label(heading);
        title.getStyleClass().add("settings-heading");
        VBox box = new VBox(8, title);
        if (note != null) {
            Label explanation = new Label(note);
            explanation.setWrapText(true);
            explanation.getStyleClass().add("settings-note");
            box.getChildren().add(explanation);
        }
        box.getChildren().addAll(controls);
        box.getStyleClass().add("settings-group");
        return box;
    }

    /**
     * The result of the last change: "saved" in the success colour, or what is wrong in the danger colour; takes no
     * room while empty.
     */
    static Label feedback(String id, ObservableStringValue text, BooleanProperty isError) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        Runnable style = () -> {
            label.getStyleClass().removeAll("settings-saved", "settings-problem");
            label.getStyleClass().add(isError.get() ? "settings-problem" : "settings-saved");
        };
        isError.addListener((obs, was, now) -> style.run());
        style.run();
        return label;
    }
}
