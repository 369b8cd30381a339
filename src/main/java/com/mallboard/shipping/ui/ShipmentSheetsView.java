package com.mallboard.shipping.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Columns;
import com.mallboard.shipping.documents.SlipOrder;
import com.mallboard.shipping.pdf.PageLayout;
import com.mallboard.sync.OrderCriteria;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The shipment sheets screen: filters on top, the found orders with a check box each (the batch) in the middle, and
 * below the batch count, the slip options and the buttons that preview, print or save the pick list and the slips.
 * Receivers are shown in full: this screen is for the warehouse. Call {@link #load()} when it is shown.
 */
public final class ShipmentSheetsView extends BorderPane {
    private final ShipmentSheetsViewModel viewModel;
    private final DocumentOutput output;
    private final Messages messages;

    public ShipmentSheetsView(ShipmentSheetsViewModel viewModel, DocumentOutput output) {
        this.viewModel = viewModel;
        this.output = output;
        this.messages = viewModel.messages();
        setId("sheetsView");
        setPadding(new Insets(10));
        setTop(filters());
        setCenter(table());
        setBottom(actions());
    }

    public void load() {
        viewModel.load();
    }

    public ShipmentSheetsViewModel viewModel() {
        return viewModel;
    }

    private VBox filters() {
        Label title = new Label(messages.get("sheets.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        ComboBox<FilterChoice> mall = new ComboBox<>(viewModel.malls());
        mall.setId("sheetsMall");
        mall.valueProperty().bindBidirectional(viewModel.mallProperty());
        DatePicker from = datePicker("sheetsFrom", "sheets.from.prompt");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = datePicker("sheetsTo", "sheets.to.prompt");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        ComboBox<OrderCriteria.Status> status = choices("sheetsStatus", OrderCriteria.Status.values(),
                viewModel::statusText);
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        ComboBox<FilterChoice> product = new ComboBox<>(viewModel.products());
        product.setId("sheetsProduct");
        product.setPrefWidth(240);
        product.valueProperty().bindBidirectional(viewModel.productProperty());
        Button refresh = new Button(messages.get("sheets.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("sheetsRefresh");
        refresh.setOnAction(e -> viewModel.load());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(viewModel.loadingProperty());
        FlowPane bar = new FlowPane(8, 6, title, labelled("sheets.mall", mall), labelled("sheets.from", from),
                labelled("sheets.to", to), labelled("sheets.status", status), labelled("sheets.product", product),
                refresh, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("sheetsError");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox top = new VBox(6, bar, error);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private DatePicker datePicker(String id, String promptKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.setPromptText(messages.get(promptKey));
        return picker;
    }

    private HBox labelled(String key, Region control) {
        HBox box = new HBox(4, new Label(messages.get(key)), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private <T> ComboBox<T> choices(String id, T[] values, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setCellFactory(list -> textCell(text));
        box.setButtonCell(textCell(text));
        return box;
    }

    private static <T> ListCell<T> textCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private TableView<BatchRow> table() {
        TableView<BatchRow> table = new TableView<>(viewModel.rows());
        table.setId("sheetsTable");
        table.setEditable(true);
        table.setPlaceholder(new Label(messages.get("sheets.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BatchRow, Boolean> check = new TableColumn<>();
        CheckBox all = new CheckBox();
        all.setId("sheetsSelectAll");
        all.setOnAction(e -> viewModel.selectAll(all.isSelected()));
        viewModel.rows().addListener((javafx.collections.ListChangeListener<BatchRow>) c ->
                all.setSelected(!viewModel.rows().isEmpty() && viewModel.rows().stream().allMatch(BatchRow::inBatch)));
        check.setGraphic(all);
        check.setPrefWidth(44);
        check.setSortable(false);
        check.setEditable(true);
        check.setCellValueFactory(cell -> cell.getValue().inBatchProperty());
        check.setCellFactory(CheckBoxTableCell.forTableColumn(check));
        table.getColumns().add(check);
        table.getColumns().add(Columns.text(messages.get("sheets.column.order"), 150, r -> r.order().orderId()));
        table.getColumns().add(Columns.text(messages.get("sheets.column.ordered"), 130,
                r -> viewModel.orderedAt(r.order())));
        table.getColumns().add(Columns.text(messages.get("sheets.column.mall"), 100, r -> r.order().mallName()));
        table.getColumns().add(Columns.text(messages.get("sheets.column.receiver"), 90,
                r -> viewModel.receiver(r.order())));
        table.getColumns().add(Columns.text(messages.get("sheets.column.items"), 220, r -> viewModel.items(r.order())));
        table.getColumns().add(Columns.text(messages.get("sheets.column.units"), 60, r -> Integer.toString(r.units())));
        table.getColumns().add(Columns.text(messages.get("sheets.column.state"), 90, r -> viewModel.state(r.order())));
        return table;
    }

    private VBox actions() {
        Label count = new Label();
        count.setId("sheetsBatchCount");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get("sheets.batch",
                viewModel.batchOrdersProperty().get(), viewModel.batchUnitsProperty().get()),
                viewModel.batchOrdersProperty(), viewModel.batchUnitsProperty()));
        ComboBox<SlipOrder> sort = choices("sheetsSlipOrder", SlipOrder.values(), viewModel::slipOrderText);
        sort.valueProperty().bindBidirectional(viewModel.slipOrderProperty());
        Spinner<Integer> copies = new Spinner<>(1, ShipmentSheetsViewModel.MAX_COPIES, 1);
        copies.setId("sheetsCopies");
        copies.setPrefWidth(80);
        copies.getValueFactory().valueProperty().bindBidirectional(viewModel.copiesProperty());
        ComboBox<PageLayout> layout = choices("sheetsLayout", PageLayout.values(), viewModel::layoutText);
        layout.valueProperty().bindBidirectional(viewModel.layoutProperty());
        HBox options = new HBox(10, count, spacer(), labelled("sheets.sort", sort), labelled("sheets.copies", copies),
                labelled("sheets.layout", layout));
        options.setAlignment(Pos.CENTER_LEFT);
        BooleanBinding empty = viewModel.batchOrdersProperty().isEqualTo(0);
        HBox buttons = new HBox(8, spacer(),
                button("sheetsPickPreview", "sheets.picklist.preview", "mdi2c-clipboard-list-outline", empty,
                        () -> output.preview(window(), viewModel.pickListDocument())),
                button("sheetsSlipsPreview", "sheets.slips.preview", "mdi2f-file-document-outline", empty,
                        () -> output.preview(window(), viewModel.slipsDocument())),
                button("sheetsPrintPickList", "sheets.picklist.print", "mdi2p-printer", empty,
                        () -> output.print(window(), viewModel.pickListDocument(), () -> { })),
                button("sheetsPrintSlips", "sheets.slips.print", "mdi2p-printer", empty,
                        () -> output.print(window(), viewModel.slipsDocument(), () -> { })),
                saveMenu(empty));
        VBox bottom = new VBox(8, options, buttons);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        return bottom;
    }

    private MenuButton saveMenu(BooleanBinding empty) {
        MenuItem pickList = new MenuItem(messages.get("sheets.save.picklist"));
        pickList.setId("sheetsSavePickList");
        pickList.setOnAction(e -> output.saveAsPdf(window(), viewModel.pickListDocument(), path -> { }));
        MenuItem slips = new MenuItem(messages.get("sheets.save.slips"));
        slips.setId("sheetsSaveSlips");
        slips.setOnAction(e -> output.saveAsPdf(window(), viewModel.slipsDocument(), path -> { }));
        MenuButton save = new MenuButton(messages.get("sheets.save"), new FontIcon("mdi2f-file-pdf-box"), pickList,
                slips);
        save.setId("sheetsSavePdf");
        save.disableProperty().bind(empty);
        return save;
    }

    private Button button(String id, String key, String icon, BooleanBinding disabled, Runnable action) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
