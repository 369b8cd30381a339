package com.mallboard.suggest.ui.rules;

import com.mallboard.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One of a rule's tag lists as removable chips, styled like the product editor's tags. Enter, a comma list or
 * leaving the field adds what was typed, so a tag typed just before Save is not lost.
 */
final class TagChips extends VBox {
    private final ObservableList<String> tags;
    private final Messages messages;
    private final TextField input = new TextField();
    private final FlowPane chips = new FlowPane(6, 6);

    TagChips(String id, ObservableList<String> tags, Messages messages) {
        super(4);
        this.tags = tags;
        this.messages = messages;
        input.setId(id);
        input.setPromptText(messages.get("suggest.rules.editor.tags.prompt"));
        input.setOnAction(event -> {
            commit();
            event.consume();
        });
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        chips.setId(id + "Chips");
        tags.addListener((ListChangeListener<String>) change -> showChips());
        showChips();
        getChildren().addAll(input, chips);
    }

    private void commit() {
        RuleForm.addTags(tags, input.getText());
        input.clear();
    }

    private void showChips() {
        chips.getChildren().clear();
        for (String tag : tags) {
            Button remove = new Button("×");
            remove.getStyleClass().add("tag-chip-remove");
            remove.setFocusTraversable(false);
            remove.setAccessibleText(messages.get("editor.tags.remove", tag));
            remove.setOnAction(event -> tags.remove(tag));
            HBox chip = new HBox(2, new Label(tag), remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("tag-chip");
            chip.setUserData(tag);
            chips.getChildren().add(chip);
        }
    }
}
