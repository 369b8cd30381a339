package com.mallboard.sync.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Columns;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The selected order: who it goes to (masked until shown), its lines, and the tracking entry below. */
final class OrderDetailView extends StackPane {
    private final OrdersViewModel viewModel;
    private final Messages messages;
    private final ObservableList<StoredOrderItem> lines = FXCollections.observableArrayList();
    private final Label title = new Label();
    private final Label facts = new Label();
    private final Label state = new Label();

    OrderDetailView(OrdersViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setId("orderDetail");
        Label none = new Label(messages.get("orders.detail.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        title.setId("orderTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        HBox header = new HBox(10, title, state);
        header.setAlignment(Pos.CENTER_LEFT);
        TableView<StoredOrderItem> table = linesTable();
        table.setPrefHeight(170);
        VBox content = new VBox(10, header, facts, receiver(), table, new TrackingForm(viewModel.tracking(), messages));
        content.getStyleClass().add("order-detail");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("order-detail-scroll");
        scroll.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        none.visibleProperty().bind(scroll.visibleProperty().not());
        getChildren().addAll(none, scroll);
        viewModel.selectedProperty().addListener((obs, old, order) -> show(order));
    }

    private void show(StoredOrder order) {
        lines.setAll(order == null ? java.util.List.of() : order.items());
        if (order == null) {
            return;
        }
        title.setText(messages.get("orders.detail.title", order.orderId()));
        facts.setText(messages.get("orders.detail.facts", order.mallName(), viewModel.orderedAt(order),
                viewModel.amount(order)));
        state.setText(viewModel.state(order));
        state.getStyleClass().setAll("label", "order-state", OrderState.of(order).styleClass());
    }

    private Node receiver() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getStyleClass().add("order-receiver");
        OrdersViewModel.ReceiverLine[] rows = OrdersViewModel.ReceiverLine.values();
        String[] ids = {"receiverName", "receiverPhone", "receiverAddress", "receiverMessage"};
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(messages.get("orders.receiver." + rows[i].name().toLowerCase(java.util.Locale.ROOT)));
            key.getStyleClass().add("field-label");
            Label value = new Label();
            value.setId(ids[i]);
            value.setWrapText(true);
            value.textProperty().bind(viewModel.receiverLine(rows[i]));
            grid.addRow(i, key, value);
        }
        return grid;
    }

    private TableView<StoredOrderItem> linesTable() {
        TableView<StoredOrderItem> table = new TableView<>(lines);
        table.setId("orderLines");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("orders.line.code", 120, StoredOrderItem::customProductCode));
        table.getColumns().add(column("orders.line.name", 140, StoredOrderItem::productName));
        table.getColumns().add(column("orders.line.option", 60, StoredOrderItem::optionValue));
        table.getColumns().add(column("orders.line.quantity", 40, i -> Integer.toString(i.quantity())));
        table.getColumns().add(column("orders.line.price", 70, i -> Formats.won(i.priceWon())));
        table.getColumns().add(column("orders.line.tracking", 110, i -> i.trackingNo() == null
                ? (i.productId() == null ? messages.get("orders.line.unmatched") : "") : i.trackingNo()));
        return table;
    }

    private TableColumn<StoredOrderItem, String> column(String titleKey, double width,
            Function<StoredOrderItem, String> text) {
        return Columns.text(messages.get(titleKey), width, text);
    }
}
