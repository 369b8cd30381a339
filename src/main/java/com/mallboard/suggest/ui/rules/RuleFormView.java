package com.mallboard.suggest.ui.rules;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.ChoiceText;
import com.mallboard.product.Stage;
import com.mallboard.suggest.rules.Priority;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The form of one rule: when (code, name, stages, tags, conditions), then (the action), and Save / Revert. */
final class RuleFormView extends VBox {
    private final RuleForm form;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final HBox buttons;
    private int row;

    RuleFormView(RuleForm form, Messages messages, Runnable save) {
        super(10);
        this.form = form;
        this.messages = messages;
        setId("ruleForm");
        setPadding(new Insets(12));
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        heading("suggest.rules.editor.section.when");
        field("suggest.rules.editor.code", FormSlot.CODE, text("ruleCode", form.codeProperty(), null));
        field("suggest.rules.editor.name", FormSlot.NAME, inTwoLanguages("ruleName", form.nameKoProperty(),
                form.nameEnProperty()));
        field("suggest.rules.editor.stages", FormSlot.STAGES, stages());
        field("suggest.rules.editor.tags", FormSlot.TAGS, tags());
        field("suggest.rules.editor.conditions", FormSlot.CONDITIONS,
                new ConditionsEditor(form.conditions(), messages));
        heading("suggest.rules.editor.section.then");
        field("suggest.rules.editor.title", FormSlot.TITLE, inTwoLanguages("ruleTitle", form.titleKoProperty(),
                form.titleEnProperty()));
        field("suggest.rules.editor.description", null, new HBox(8,
                area("ruleDescriptionKo", form.descriptionKoProperty(), "suggest.rules.editor.korean"),
                area("ruleDescriptionEn", form.descriptionEnProperty(), "suggest.rules.editor.english")));
        field("suggest.rules.editor.due", FormSlot.DUE, due());
        field("suggest.rules.editor.priority", null, priority());
        CheckBox gate = new CheckBox(messages.get("suggest.rules.editor.gate"));
        gate.setId("ruleRequiredByGate");
        gate.selectedProperty().bindBidirectional(form.requiredByGateProperty());
        field("suggest.rules.editor.gate.label", null, gate);
        Button saveButton = new Button(messages.get("suggest.rules.editor.save"), new FontIcon("mdi2c-content-save-outline"));
        saveButton.setId("saveRuleButton");
        saveButton.setOnAction(e -> save.run());
        Button revert = new Button(messages.get("suggest.rules.editor.revert"), new FontIcon("mdi2r-restore"));
        revert.setId("revertRuleButton");
        revert.setOnAction(e -> form.revert());
        buttons = new HBox(8, saveButton, revert, problemLabel(FormSlot.OTHER));
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8, 12, 8, 12));
        getChildren().add(grid);
    }

    /** Save and Revert, for the screen to keep in sight below the scrolling form. */
    HBox buttons() {
        return buttons;
    }

    private void heading(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("title-4");
        grid.add(heading, 0, row++, 2, 1);
    }

    /** A labelled row; the problems of {@code slot} (if any) show right under the field, in red. */
    private void field(String labelKey, FormSlot slot, Node content) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("field-label");
        VBox cell = new VBox(2, content);
        if (slot != null) {
            cell.getChildren().add(problemLabel(slot));
        }
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        grid.add(label, 0, row);
        grid.add(cell, 1, row++);
    }

    private Label problemLabel(FormSlot slot) {
        Label problem = new Label();
        problem.setId("ruleProblem-" + slot.name().toLowerCase(Locale.ROOT));
        problem.getStyleClass().add("danger");
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problem(slot));
        problem.visibleProperty().bind(form.problem(slot).isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private HBox inTwoLanguages(String id, StringProperty korean, StringProperty english) {
        HBox pair = new HBox(8, text(id + "Ko", korean, "suggest.rules.editor.korean"),
                text(id + "En", english, "suggest.rules.editor.english"));
        pair.getChildren().forEach(node -> HBox.setHgrow(node, javafx.scene.layout.Priority.ALWAYS));
        return pair;
    }

    private TextField text(String id, StringProperty value, String promptKey) {
        TextField field = new TextField();
        return bound(field, id, value, promptKey);
    }

    private TextArea area(String id, StringProperty value, String promptKey) {
        TextArea area = new TextArea();
        area.setPrefRowCount(2);
        area.setWrapText(true);
        HBox.setHgrow(area, javafx.scene.layout.Priority.ALWAYS);
        return bound(area, id, value, promptKey);
    }

    private <T extends TextInputControl> T bound(T control, String id, StringProperty value, String promptKey) {
        control.setId(id);
        control.textProperty().bindBidirectional(value);
        if (promptKey != null) {
            control.setPromptText(messages.get(promptKey));
        }
        return control;
    }

    private FlowPane stages() {
        FlowPane boxes = new FlowPane(12, 4);
        for (Stage stage : Stage.values()) {
            CheckBox box = new CheckBox(messages.get(stage.messageKey()));
            box.setId("ruleStage-" + stage.name().toLowerCase(Locale.ROOT));
            box.selectedProperty().bindBidirectional(form.stageProperty(stage));
            boxes.getChildren().add(box);
        }
        return boxes;
    }

    /** All / any / none side by side, each with its own chips. */
    private HBox tags() {
        HBox lists = new HBox(8,
                tagList("suggest.rules.editor.tags.all", new TagChips("ruleAllTags", form.allTags(), messages)),
                tagList("suggest.rules.editor.tags.any", new TagChips("ruleAnyTags", form.anyTags(), messages)),
                tagList("suggest.rules.editor.tags.none", new TagChips("ruleNoneTags", form.noneTags(), messages)));
        return lists;
    }

    private VBox tagList(String labelKey, TagChips chips) {
        VBox list = new VBox(2, new Label(messages.get(labelKey)), chips);
        list.setPrefWidth(0);
        HBox.setHgrow(list, javafx.scene.layout.Priority.ALWAYS);
        return list;
    }

    private HBox due() {
        ComboBox<DueKind> kind = new ComboBox<>();
        kind.getItems().setAll(DueKind.values());
        kind.setConverter(ChoiceText.of(k -> messages.get(k.messageKey())));
        kind.valueProperty().bindBidirectional(form.dueKindProperty());
        kind.setId("ruleDueKind");
        var days = DaysSpinner.of("ruleDueDays", form.dueDaysProperty());
        Label unit = new Label(messages.get("suggest.rules.editor.days"));
        days.disableProperty().bind(form.dueKindProperty().isEqualTo(DueKind.NONE));
        unit.disableProperty().bind(days.disableProperty());
        HBox box = new HBox(6, kind, days, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ComboBox<Priority> priority() {
        ComboBox<Priority> priority = new ComboBox<>();
        priority.getItems().setAll(Priority.values());
        priority.setConverter(ChoiceText.of(p -> messages.get(p.messageKey())));
        priority.valueProperty().bindBidirectional(form.priorityProperty());
        priority.setId("rulePriority");
        return priority;
    }
}
