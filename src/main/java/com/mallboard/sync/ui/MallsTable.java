package com.mallboard.sync.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.Columns;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;

/** The malls as a table: who, where, connection state (why, on hover), last sync, queue and failures. */
final class MallsTable extends TableView<MallsViewModel.Row> {
    private final MallsViewModel viewModel;
    private final Messages messages;

    MallsTable(MallsViewModel viewModel, Messages messages, Consumer<MallsViewModel.Row> open) {
        super(viewModel.rows());
        this.viewModel = viewModel;
        this.messages = messages;
        setId("mallsTable");
        Label empty = new Label(messages.get("mall.empty"));
        empty.setWrapText(true);
        empty.setId("mallsEmpty");
        setPlaceholder(empty);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("mall.column.name", 170, row -> row.mall().displayName()));
        getColumns().add(column("mall.column.platform", 90, MallsViewModel.Row::platform));
        getColumns().add(column("mall.column.address", 170, MallsViewModel.Row::address));
        getColumns().add(stateColumn());
        getColumns().add(column("mall.column.last.sync", 130, MallsViewModel.Row::lastSync));
        getColumns().add(countColumn("mall.column.queue", row -> row.status().pendingJobs(), false));
        getColumns().add(countColumn("mall.column.failures", row -> row.status().failedJobs(), true));
        getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        // A reload replaces the rows; the view model picks the same mall again and the table follows it.
        viewModel.rows().addListener((ListChangeListener<MallsViewModel.Row>) change -> selectFromModel());
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != getSelectionModel().getSelectedItem()) {
                selectFromModel();
            }
        });
        setRowFactory(table -> {
            TableRow<MallsViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }

    private void selectFromModel() {
        MallsViewModel.Row wanted = viewModel.selectedProperty().get();
        if (wanted == null) {
            getSelectionModel().clearSelection();
        } else {
            getSelectionModel().select(wanted);
        }
    }

    private TableColumn<MallsViewModel.Row, String> column(String titleKey, double width,
            Function<MallsViewModel.Row, String> text) {
        return Columns.text(messages.get(titleKey), width, text);
    }

    private TableColumn<MallsViewModel.Row, MallsViewModel.Row> stateColumn() {
        return Columns.drawn(messages.get("mall.column.state"), 150, (cell, row) -> {
            if (row == null) {
                cell.setGraphic(null);
                cell.setTooltip(null);
                return;
            }
            Label badge = new Label(viewModel.stateText(row));
            badge.getStyleClass().addAll("mall-state", row.state().styleClass());
            badge.setId("mallState-" + row.mall().id());
            cell.setGraphic(badge);
            cell.setTooltip(row.problem() == null ? null : new Tooltip(row.problem()));
        });
    }

    private TableColumn<MallsViewModel.Row, Number> countColumn(String titleKey,
            Function<MallsViewModel.Row, Integer> count, boolean redWhenAny) {
        TableColumn<MallsViewModel.Row, Number> column = new TableColumn<>(messages.get(titleKey));
        column.setPrefWidth(80);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(count.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                setAlignment(Pos.CENTER_RIGHT);
                getStyleClass().remove("mall-failures");
                setText(empty || value == null ? null : value.toString());
                if (redWhenAny && !empty && value != null && value.intValue() > 0) {
                    getStyleClass().add("mall-failures");
                }
            }
        });
        return column;
    }
}
