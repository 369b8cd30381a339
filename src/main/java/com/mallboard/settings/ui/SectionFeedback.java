package com.mallboard.settings.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;

/** The line under a section's controls: what was just saved, or why nothing was. */
final class SectionFeedback {
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty(false);

    void saved(String message) {
        problem.set(false);
        text.set(message);
    }

    void problem(String message) {
        problem.set(true);
        text.set(message);
    }

    void clear() {
        text.set("");
    }

    StringProperty textProperty() {
        return text;
    }

    boolean isProblem() {
        return problem.get();
    }

    Label label(String id) {
        return SettingsParts.feedback(id, text, problem);
    }
}
