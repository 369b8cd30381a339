package com.mallboard.product.importing.ui;

import com.mallboard.common.Messages;
import com.mallboard.product.importing.CellProblem;
import com.mallboard.product.importing.ImportRow;
import com.mallboard.product.importing.ui.ProductImportViewModel.Filter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The preview: a filter, every row with its action and changes, and below it the list of cell problems. */
final class PreviewPane extends VBox {
    private final ProductImportViewModel viewModel;
    private final Messages messages;
    private final ImportRowText text;
    private final TableView<ImportRow> table;

    PreviewPane(ProductImportViewModel viewModel) {
        super(8);
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.text = viewModel.text();
        setId("previewPane");
        table = rowsTable();
        TableView<CellProblem> problems = problemsTable();
        SplitPane split = new SplitPane(table, problems);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(filters(), split);
    }

    private HBox filters() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(4);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Filter filter : Filter.values()) {
            String name = filter.name().toLowerCase(Locale.ROOT);
            ToggleButton button = new ToggleButton(messages.get("import.screen.filter." + name));
            button.setId("filter" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
            button.setToggleGroup(group);
            button.setUserData(filter);
            bar.getChildren().add(button);
        }
        group.selectToggle(group.getToggles().get(0));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one filter is always on
            } else {
                viewModel.filterProperty().set((Filter) now.getUserData());
            }
        });
        viewModel.filterProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));
        return bar;
    }

    private TableView<ImportRow> rowsTable() {
        TableView<ImportRow> rows = new TableView<>(viewModel.rows());
        rows.setId("importRowsTable");
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.getColumns().add(column("import.screen.header.row", 50, r -> Integer.toString(r.sheetRow())));
        TableColumn<ImportRow, ImportRow> action = new TableColumn<>(messages.get("import.screen.header.action"));
        action.setPrefWidth(110);
        action.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        action.setCellFactory(c -> new ActionCell());
        rows.getColumns().add(action);
        rows.getColumns().add(column("import.screen.header.sku", 110, r -> r.details().sku()));
        rows.getColumns().add(column("import.screen.header.name", 220, r -> r.details().name()));
        rows.getColumns().add(column("import.screen.header.changes", 420, text::changes));
        rows.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean problem = !empty && row != null && !row.valid();
                setStyle(problem ? "-fx-background-color: -color-danger-subtle;" : "");
                setTooltip(empty || row == null ? null : new Tooltip(text.changes(row)));
            }
        });
        return rows;
    }

    private TableView<CellProblem> problemsTable() {
        TableView<CellProblem> problems = new TableView<>(viewModel.problems());
        problems.setId("importProblemsTable");
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.setPlaceholder(new Label(""));
        TableColumn<CellProblem, String> cell = new TableColumn<>(messages.get("import.screen.header.cell"));
        cell.setPrefWidth(200);
        cell.setMaxWidth(320);
        cell.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.cellOf(c.getValue())));
        TableColumn<CellProblem, String> problem = new TableColumn<>(messages.get("import.screen.header.problem"));
        problem.setPrefWidth(800);
        problem.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.problem(c.getValue())));
        problems.getColumns().add(cell);
        problems.getColumns().add(problem);
        problems.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                ImportRow row = viewModel.rowOf(now);
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
        return problems;
    }

    private TableColumn<ImportRow, String> column(String titleKey, double width, Function<ImportRow, String> value) {
        TableColumn<ImportRow, String> column = new TableColumn<>(messages.get(titleKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** The row's action with a coloured icon: a problem, a new product, an update, or nothing to do. */
    private final class ActionCell extends TableCell<ImportRow, ImportRow> {
        @Override
        protected void updateItem(ImportRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(text.action(row));
            String[] look = !row.valid() ? new String[] {"mdi2a-alert-circle", "-color-danger-emphasis"}
                    : switch (row.kind()) {
                        case INSERT -> new String[] {"mdi2p-plus-circle", "-color-success-emphasis"};
                        case UPDATE -> new String[] {"mdi2p-pencil-circle", "-color-accent-emphasis"};
                        case UNCHANGED -> new String[] {"mdi2m-minus-circle-outline", "-color-fg-subtle"};
                    };
            FontIcon icon = new FontIcon(look[0]);
            icon.setStyle(icon.getStyle() + "-fx-icon-color: " + look[1] + ";"); // keep the icon font's style
            setGraphic(icon);
        }
    }
}
