package com.mallboard.product.ui;

import com.mallboard.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** Tags as removable chips; Enter (or picking a suggestion of a tag already in use) adds what is typed. */
final class TagEditor extends VBox {
    private final ProductEditorViewModel viewModel;
    private final Messages messages;
    private final TextField input = new TextField();
    private final FlowPane chips = new FlowPane(6, 6);

    TagEditor(ProductEditorViewModel viewModel, Messages messages) {
        super(4);
        this.viewModel = viewModel;
        this.messages = messages;
        ProductForm form = viewModel.form();
        input.setId("tagField");
        input.setPromptText(messages.get("editor.tags.prompt"));
        input.textProperty().bindBidirectional(form.pendingTagProperty());
        input.setOnAction(event -> {
            form.commitPendingTag();
            event.consume();
        });
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(input,
                request -> viewModel.tagSuggestions(request.getUserText()));
        completion.setOnAutoCompleted(event -> {
            form.addTag(event.getCompletion());
            input.clear();
        });
        chips.setId("tagChips");
        form.tags().addListener((ListChangeListener<String>) change -> showChips());
        showChips();
        Label label = new Label(messages.get("field.tags"));
        label.setLabelFor(input);
        label.getStyleClass().add("field-label");
        getChildren().addAll(label, input, chips);
        getStyleClass().add("field-cell");
    }

    private void showChips() {
        chips.getChildren().clear();
        for (String tag : viewModel.form().tags()) {
            Label text = new Label(tag);
            Button remove = new Button("×");
            remove.getStyleClass().add("tag-chip-remove");
            remove.setFocusTraversable(false);
            remove.setAccessibleText(messages.get("editor.tags.remove", tag));
            remove.setOnAction(event -> viewModel.form().removeTag(tag));
            HBox chip = new HBox(2, text, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("tag-chip");
            chip.setUserData(tag);
            chips.getChildren().add(chip);
        }
    }
}
