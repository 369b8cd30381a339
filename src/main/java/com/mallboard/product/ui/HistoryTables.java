package com.mallboard.product.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.Columns;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The read-only stage history and activity log tables. */
final class HistoryTables {
    private final Messages messages;

    HistoryTables(Messages messages) {
        this.messages = messages;
    }

    TableView<HistoryRows.StageRow> stageHistory(ObservableList<HistoryRows.StageRow> rows) {
        TableView<HistoryRows.StageRow> table = table("stageHistoryTable", rows);
        table.getColumns().add(column("editor.history.column.change", 180, HistoryRows.StageRow::change));
        table.getColumns().add(column("editor.history.column.when", 130, HistoryRows.StageRow::when));
        table.getColumns().add(column("editor.history.column.who", 90, HistoryRows.StageRow::who));
        table.getColumns().add(column("editor.history.column.reason", 240, HistoryRows.StageRow::reason));
        return table;
    }

    TableView<HistoryRows.ActivityRow> activity(ObservableList<HistoryRows.ActivityRow> rows) {
        TableView<HistoryRows.ActivityRow> table = table("activityTable", rows);
        table.getColumns().add(column("editor.activity.column.field", 140, HistoryRows.ActivityRow::field));
        table.getColumns().add(column("editor.activity.column.change", 300, HistoryRows.ActivityRow::change));
        table.getColumns().add(column("editor.history.column.when", 130, HistoryRows.ActivityRow::when));
        table.getColumns().add(column("editor.history.column.who", 90, HistoryRows.ActivityRow::who));
        return table;
    }

    private <R> TableView<R> table(String id, ObservableList<R> rows) {
        TableView<R> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(messages.get("editor.history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private <R> TableColumn<R, String> column(String titleKey, double width, Function<R, String> text) {
        TableColumn<R, String> column = Columns.text(messages.get(titleKey), width, text);
        column.setSortable(false);
        return column;
    }
}
