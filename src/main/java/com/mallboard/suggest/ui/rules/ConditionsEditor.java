package com.mallboard.suggest.ui.rules;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.ChoiceText;
import com.mallboard.suggest.rules.ConditionType;
import com.mallboard.suggest.rules.RuleField;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The rule's field conditions, one row each (kind, then days or field when the kind needs one), and "add". */
final class ConditionsEditor extends VBox {
    private final ObservableList<ConditionRow> conditions;
    private final Messages messages;
    private final VBox rows = new VBox(4);

    ConditionsEditor(ObservableList<ConditionRow> conditions, Messages messages) {
        super(4);
        this.conditions = conditions;
        this.messages = messages;
        rows.setId("ruleConditions");
        conditions.addListener((ListChangeListener<ConditionRow>) change -> showRows());
        Button add = new Button(messages.get("suggest.rules.editor.condition.add"), new FontIcon("mdi2p-plus"));
        add.setId("addConditionButton");
        add.setOnAction(e -> conditions.add(new ConditionRow()));
        showRows();
        getChildren().addAll(rows, add);
    }

    private void showRows() {
        rows.getChildren().clear();
        for (int i = 0; i < conditions.size(); i++) {
            rows.getChildren().add(row(i, conditions.get(i)));
        }
    }

    private HBox row(int index, ConditionRow condition) {
        ComboBox<ConditionType> type = new ComboBox<>();
        type.getItems().setAll(ConditionType.values());
        type.setConverter(ChoiceText.of(t -> messages.get("suggest.rules.editor.condition." + t.code())));
        type.valueProperty().bindBidirectional(condition.typeProperty());
        type.setId("conditionType-" + index);
        Spinner<Integer> days = DaysSpinner.of("conditionDays-" + index, condition.daysProperty());
        Label daysUnit = new Label(messages.get("suggest.rules.editor.days"));
        ComboBox<RuleField> field = new ComboBox<>();
        field.getItems().setAll(RuleField.values());
        field.setConverter(ChoiceText.of(f -> messages.get(f.labelKey()),
                messages.get("suggest.rules.editor.condition.field.choose")));
        field.valueProperty().bindBidirectional(condition.fieldProperty());
        field.setId("conditionField-" + index);
        Runnable showParts = () -> {
            boolean launch = condition.typeProperty().get() == ConditionType.LAUNCH_WITHIN_DAYS;
            boolean empty = condition.typeProperty().get() == ConditionType.FIELD_EMPTY;
            days.setVisible(launch);
            days.setManaged(launch);
            daysUnit.setVisible(launch);
            daysUnit.setManaged(launch);
            field.setVisible(empty);
            field.setManaged(empty);
        };
        condition.typeProperty().addListener((obs, old, now) -> showParts.run());
        showParts.run();
        Button remove = new Button(null, new FontIcon("mdi2d-delete-outline"));
        remove.setId("removeCondition-" + index);
        remove.setAccessibleText(messages.get("suggest.rules.editor.condition.remove"));
        remove.setOnAction(e -> conditions.remove(condition));
        HBox row = new HBox(6, type, days, daysUnit, field, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
