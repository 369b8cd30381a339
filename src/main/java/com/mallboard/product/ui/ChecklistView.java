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

/**
 * The checklist tab as a stage action plan: a row to add an action, a notice while required actions hold the product
 * at its stage, and the actions grouped under their stage's heading, each with a tick box, its source, its due date, a
 * "required" marker and buttons to mark it required and to delete it.
 */
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
        ListView<ActionPlanRow> list = new ListView<>(viewModel.plan());
        list.setId("checklistList");
        list.setPlaceholder(new Label(messages.get("editor.checklist.empty")));
        list.setCellFactory(view -> new PlanCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(addRow(), gateNotice(), list);
    }

    /** Stands out while required actions of the current stage keep the product where it is. */
    private Label gateNotice() {
        Label notice = new Label();
        notice.setId("checklistGateNotice");
        notice.getStyleClass().add("plan-gate-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.gateNoticeProperty());
        notice.visibleProperty().bind(viewModel.gateNoticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
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

    /** A stage's heading, or one action: tick box with its title, source, due date, required marker and buttons. */
    private final class PlanCell extends ListCell<ActionPlanRow> {
        @Override
        protected void updateItem(ActionPlanRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
            } else if (row instanceof ActionPlanRow.StageHeading heading) {
                Label label = new Label(viewModel.headingText(heading));
                label.getStyleClass().add("plan-stage-heading");
                if (heading.current()) {
                    label.getStyleClass().add("current");
                }
                setGraphic(label);
            } else if (row instanceof ActionPlanRow.ActionLine line) {
                setGraphic(actionRow(line));
            }
        }

        private HBox actionRow(ActionPlanRow.ActionLine line) {
            ChecklistAction action = line.action();
            CheckBox done = new CheckBox(action.title());
            done.getStyleClass().add("checklist-done");
            done.setSelected(action.done());
            done.setOnAction(event -> viewModel.toggle(action));
            Label source = new Label(viewModel.sourceText(action));
            source.getStyleClass().add("plan-source");
            Label detail = new Label(viewModel.describe(action));
            detail.getStyleClass().add("checklist-detail");
            if (viewModel.isOverdue(action)) {
                detail.getStyleClass().add("overdue");
            }
            Label required = new Label(messages.get("editor.plan.required"));
            required.getStyleClass().add("plan-required-marker");
            required.setVisible(action.requiredByGate());
            required.setManaged(action.requiredByGate());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button mark = new Button(messages.get(action.requiredByGate() ? "editor.plan.unmark" : "editor.plan.mark"));
            mark.getStyleClass().addAll("checklist-required-toggle", "small", "flat");
            mark.setOnAction(event -> viewModel.toggleRequired(action));
            Button delete = new Button(messages.get("editor.checklist.delete"));
            delete.getStyleClass().addAll("checklist-delete", "small", "flat");
            delete.setOnAction(event -> viewModel.delete(action));
            HBox row = new HBox(10, done, required, source, detail, spacer, mark, delete);
            row.getStyleClass().add("plan-action");
            if (line.holdsTheGate()) {
                row.getStyleClass().add("holds-gate");
            }
            row.setAlignment(Pos.CENTER_LEFT);
            return row;
        }
    }
}
