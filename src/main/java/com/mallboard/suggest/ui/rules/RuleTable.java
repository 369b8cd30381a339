package com.mallboard.suggest.ui.rules;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.Columns;
import com.mallboard.suggest.rules.SuggestionRule;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The rules as a table: on/off checkbox (switches at once), name, stages, tags, priority, gate. */
final class RuleTable extends TableView<SuggestionRule> {

    RuleTable(RuleEditorViewModel viewModel, Messages messages) {
        super(viewModel.shownRules());
        setId("ruleTable");
        RuleSummary summary = new RuleSummary(messages);
        TableColumn<SuggestionRule, SuggestionRule> enabled = Columns.drawn(
                messages.get("suggest.rules.editor.column.enabled"), 56, (cell, rule) -> {
                    if (rule == null) {
                        cell.setGraphic(null);
                        return;
                    }
                    CheckBox box = new CheckBox();
                    box.setId("ruleEnabled-" + rule.code());
                    box.setSelected(rule.enabled());
                    box.setAccessibleText(messages.get("suggest.rules.editor.column.enabled"));
                    box.setOnAction(e -> viewModel.setEnabled(rule, box.isSelected()));
                    cell.setGraphic(box);
                });
        enabled.setSortable(false);
        getColumns().add(enabled);
        getColumns().add(column(messages.get("suggest.rules.editor.column.name"), 170, summary::name));
        getColumns().add(column(messages.get("suggest.rules.editor.column.stages"), 110, summary::stages));
        getColumns().add(column(messages.get("suggest.rules.editor.column.tags"), 180, summary::tags));
        getColumns().add(column(messages.get("suggest.rules.editor.column.priority"), 80, summary::priority));
        getColumns().add(column(messages.get("suggest.rules.editor.column.gate"), 60, summary::gate));
        setPlaceholder(new Label(messages.get("suggest.rules.editor.empty")));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static TableColumn<SuggestionRule, String> column(String title, double width,
            Function<SuggestionRule, String> text) {
        return Columns.text(title, width, text);
    }
}
