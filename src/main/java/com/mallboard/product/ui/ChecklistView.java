package com.mallboard.product.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.ChoiceText;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Stage;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The checklist tab: a row to add an action, and the actions with a tick box and a delete button each. */
final class ChecklistView extends VBox {
    private final ChecklistViewModel viewModel;
    private final Messages messages;

    ChecklistView(ChecklistViewModel viewModel, Messages messages) {
        super(10);
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("editor-tab-content");
        if (!viewModel.isAvailable()) {
            Label later = new Label(messages.get("editor.checklist.after.save"));
            later.setId("checklistUnavailable");
            later.setWrapText(true);
            getChildren().add(later);
            return;
        }
        ListView<ChecklistAction> list = new ListView<>(viewModel.actions());
        list.setId("checklistList");
        list.setPlaceholder(new Label(messages.get("editor.checklist.empty")));
        list.setCellFactory(view -> new ActionCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(addRow(), list);
    }

    private HBox addRow() {
        TextField title = new TextField();
        title.setId("checklistTitleField");
        title.setPromptText(messages.get("editor.checklist.title.prompt"));
        title.textProperty().bindBidirectional(viewModel.newTitleProperty());
        title.setOnAction(event -> {
            viewModel.add();
            event.consume();
        });
        HBox.setHgrow(title, Priority.ALWAYS);
        ComboBox<Stage> stage = new ComboBox<>();
        stage.setId("checklistStageChoice");
        stage.getItems().setAll(Stage.values());
        stage.setConverter(ChoiceText.of(value -> messages.get(value.messageKey())));
        stage.valueProperty().bindBidirectional(viewModel.newStageProperty());
        DatePicker due = new DatePicker();
        due.setId("checklistDueDatePicker");
        FieldEditors.isoDates(due);
        due.setPromptText(messages.get("editor.checklist.due.prompt"));
        due.setPrefWidth(150);
        due.valueProperty().bindBidirectional(viewModel.newDueDateProperty());
        Button add = new Button(messages.get("editor.checklist.add"));
        add.setId("checklistAddButton");
        add.disableProperty().bind(viewModel.canAddProperty().not());
        add.setOnAction(event -> viewModel.add());
        HBox row = new HBox(8, title, stage, due, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** One action: tick box with its title, stage and due date, and a delete button. */
    private final class ActionCell extends ListCell<ChecklistAction> {
        @Override
        protected void updateItem(ChecklistAction action, boolean empty) {
            super.updateItem(action, empty);
            setText(null);
            if (empty || action == null) {
                setGraphic(null);
                return;
            }
            CheckBox done = new CheckBox(action.title());
            done.getStyleClass().add("checklist-done");
            done.setSelected(action.done());
            done.setOnAction(event -> viewModel.toggle(action));
            Label detail = new Label(viewModel.describe(action));
            detail.getStyleClass().add("checklist-detail");
            if (viewModel.isOverdue(action)) {
                detail.getStyleClass().add("overdue");
            }
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button delete = new Button(messages.get("editor.checklist.delete"));
            delete.getStyleClass().addAll("checklist-delete", "small", "flat");
            delete.setOnAction(event -> viewModel.delete(action));
            HBox row = new HBox(10, done, detail, spacer, delete);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
