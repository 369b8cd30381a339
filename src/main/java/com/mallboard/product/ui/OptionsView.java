package com.mallboard.product.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Columns;
import com.mallboard.product.ProductOption;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The options tab: what options are for, a row to add one, the table (name, SKU and stock edit in place; each row has
 * a remove button {@code #removeOption-N}, N counting rows from 0), the stock total, problems and Save.
 */
final class OptionsView extends VBox {
    private final OptionsViewModel viewModel;
    private final Messages messages;

    OptionsView(OptionsViewModel viewModel, Messages messages) {
        super(10);
        this.viewModel = viewModel;
        this.messages = messages;
        setId("optionsView");
        getStyleClass().add("editor-tab-content");
        Label hint = new Label(messages.get("option.hint"));
        hint.setId("optionHint");
        hint.setWrapText(true);
        // Without a minimum height the VBox squeezes the label to one line and cuts the hint off.
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        TableView<ProductOption> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label total = new Label();
        total.setId("optionStockTotal");
        total.textProperty().bind(viewModel.totalTextProperty());
        getChildren().addAll(hint, addRow(), table, total, problems(), saveRow());
    }

    private HBox addRow() {
        TextField name = field("optionNameField", "option.name.prompt", viewModel.newNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        TextField sku = field("optionSkuField", "option.sku.prompt", viewModel.newSkuProperty());
        sku.setPrefWidth(170);
        TextField stock = field("optionStockField", "option.stock.prompt", viewModel.newStockProperty());
        stock.setPrefWidth(90);
        Button add = new Button(messages.get("option.add"));
        add.setId("addOptionButton");
        add.disableProperty().bind(viewModel.canAddProperty().not());
        add.setOnAction(event -> viewModel.add());
        HBox row = new HBox(8, name, sku, stock, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TextField field(String id, String promptKey, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(value);
        field.setOnAction(event -> {
            viewModel.add();
            event.consume();
        });
        return field;
    }

    private TableView<ProductOption> table() {
        TableView<ProductOption> table = new TableView<>(viewModel.options());
        table.setId("optionsTable");
        table.setEditable(true);
        table.setPlaceholder(new Label(messages.get("option.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(editable("option.column.name", 240, ProductOption::name,
                (option, text) -> new ProductOption(text, option.sku(), option.stock())));
        table.getColumns().add(editable("option.column.sku", 170, ProductOption::sku,
                (option, text) -> new ProductOption(option.name(), text, option.stock())));
        table.getColumns().add(editable("option.column.stock", 90, option -> NumberText.format(option.stock()),
                (option, text) -> {
                    Integer stock = OptionsViewModel.stockOf(text);
                    return stock == null ? option : new ProductOption(option.name(), option.sku(), stock);
                }));
        table.getColumns().add(Columns.<ProductOption>drawn("", 80, (cell, option) -> {
            if (option == null) {
                cell.setGraphic(null);
                return;
            }
            Button remove = new Button(messages.get("option.remove"));
            int index = cell.getIndex();
            remove.setId("removeOption-" + index);
            remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
            remove.disableProperty().bind(viewModel.busyProperty());
            remove.setOnAction(event -> viewModel.remove(index));
            cell.setGraphic(remove);
        }));
        return table;
    }

    /** A text column edited in place; {@code change} makes the edited option from the old one and the typed text. */
    private TableColumn<ProductOption, String> editable(String titleKey, double width,
            Function<ProductOption, String> text, BiFunction<ProductOption, String, ProductOption> change) {
        TableColumn<ProductOption, String> column = Columns.text(messages.get(titleKey), width, text);
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setEditable(true);
        column.setOnEditCommit(edit -> {
            int index = edit.getTablePosition().getRow();
            ProductOption changed = change.apply(edit.getRowValue(), edit.getNewValue());
            viewModel.update(index, changed);
            edit.getTableView().refresh();
        });
        return column;
    }

    private Label problems() {
        Label problems = new Label();
        problems.setId("optionProblems");
        problems.setWrapText(true);
        problems.getStyleClass().addAll("editor-error", Styles.DANGER);
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", viewModel.problems()), viewModel.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        return problems;
    }

    private HBox saveRow() {
        Label saved = new Label();
        saved.setId("optionsMessage");
        saved.setWrapText(true);
        saved.getStyleClass().add(Styles.SUCCESS);
        saved.textProperty().bind(viewModel.messageProperty());
        saved.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("optionsProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(viewModel.busyProperty());
        Button save = new Button(messages.get("option.save"));
        save.setId("saveOptionsButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setOnAction(event -> viewModel.save());
        HBox row = new HBox(8, saved, spacer, progress, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
