package com.mallboard.sync.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.sync.StoredOrder;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The orders screen: a filter and the personal-data toggle on top, recent orders on the left, the selected order with
 * its tracking entry on the right. Call {@link #load()} once it is shown.
 */
public final class OrdersView extends BorderPane {
    public static final String STYLESHEET = "/css/orders.css";

    private final OrdersViewModel viewModel;
    private final Messages messages;
    private final TableView<StoredOrder> table;
    private final Button importTracking = new Button();
    private final VBox tools = new VBox(6);

    public OrdersView(OrdersViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setId("ordersView");
        getStyleClass().add("orders-view");
        getStylesheets().add(OrdersView.class.getResource(STYLESHEET).toExternalForm());
        table = table();
        SplitPane split = new SplitPane(table, new OrderDetailView(viewModel));
        split.setDividerPositions(0.56);
        setTop(toolbar());
        setCenter(split);
    }

    public void load() {
        viewModel.load();
    }

    /** Shows "Import tracking numbers…", which runs {@code action} (the courier-file import, wired by the app). */
    public void setImportTracking(Runnable action) {
        importTracking.setOnAction(event -> action.run());
        importTracking.setVisible(true);
        importTracking.setManaged(true);
    }

    /** A row of tools under the toolbar, e.g. the personal-data retention. */
    public void addToolRow(javafx.scene.Node row) {
        tools.getChildren().add(row);
    }

    public OrdersViewModel viewModel() {
        return viewModel;
    }

    private VBox toolbar() {
        TextField filter = new TextField();
        filter.setId("orderFilterField");
        filter.setPromptText(messages.get("orders.filter.prompt"));
        filter.setPrefColumnCount(26);
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        ToggleButton personal = new ToggleButton(messages.get("orders.personal.show"),
                new FontIcon("mdi2e-eye-outline"));
        personal.setId("personalDataToggle");
        personal.selectedProperty().bindBidirectional(viewModel.showPersonalDataProperty());
        personal.selectedProperty().addListener((obs, old, shown) -> {
            personal.setText(messages.get(shown ? "orders.personal.hide" : "orders.personal.show"));
            personal.setGraphic(new FontIcon(shown ? "mdi2e-eye-off-outline" : "mdi2e-eye-outline"));
        });
        Button refresh = new Button(messages.get("orders.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("refreshOrdersButton");
        refresh.setOnAction(event -> viewModel.load());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(viewModel.loadingProperty());
        Label title = new Label(messages.get("orders.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        importTracking.setText(messages.get("orders.import.tracking"));
        importTracking.setGraphic(new FontIcon("mdi2f-file-import-outline"));
        importTracking.setId("importTrackingNumbersButton");
        importTracking.setVisible(false);
        importTracking.setManaged(false);
        HBox bar = new HBox(8, title, spacer, progress, filter, personal, importTracking, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("ordersError");
        error.getStyleClass().add("orders-error");
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        tools.getChildren().addAll(bar, error);
        tools.getStyleClass().add("orders-toolbar");
        return tools;
    }

    private TableView<StoredOrder> table() {
        TableView<StoredOrder> orders = new TableView<>(viewModel.visibleOrders());
        orders.setId("ordersTable");
        orders.setPlaceholder(new Label(messages.get("orders.empty")));
        orders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        orders.getColumns().add(column("orders.column.mall", 80, o -> new ReadOnlyStringWrapper(o.mallName())));
        orders.getColumns().add(column("orders.column.order", 150, o -> new ReadOnlyStringWrapper(o.orderId())));
        orders.getColumns().add(column("orders.column.ordered", 130,
                o -> new ReadOnlyStringWrapper(viewModel.orderedAt(o))));
        orders.getColumns().add(column("orders.column.receiver", 70, viewModel::receiverNameBinding));
        orders.getColumns().add(column("orders.column.items", 70,
                o -> new ReadOnlyStringWrapper(viewModel.itemCount(o))));
        TableColumn<StoredOrder, String> amount = column("orders.column.amount", 85,
                o -> new ReadOnlyStringWrapper(viewModel.amount(o)));
        amount.getStyleClass().add("amount-column");
        orders.getColumns().add(amount);
        orders.getColumns().add(stateColumn());
        orders.getSelectionModel().selectedItemProperty().addListener((obs, old, order) ->
                viewModel.selectedProperty().set(order));
        viewModel.selectedProperty().addListener((obs, old, order) -> {
            if (orders.getSelectionModel().getSelectedItem() != order) {
                if (order == null) {
                    orders.getSelectionModel().clearSelection();
                } else {
                    orders.getSelectionModel().select(order);
                }
            }
        });
        return orders;
    }

    private TableColumn<StoredOrder, StoredOrder> stateColumn() {
        TableColumn<StoredOrder, StoredOrder> state = new TableColumn<>(messages.get("orders.column.state"));
        state.setPrefWidth(110);
        state.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        state.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(StoredOrder order, boolean empty) {
                super.updateItem(order, empty);
                if (empty || order == null) {
                    setGraphic(null);
                    return;
                }
                badge.setText(viewModel.state(order));
                badge.getStyleClass().setAll("label", "order-state", OrderState.of(order).styleClass());
                setGraphic(badge);
            }
        });
        return state;
    }

    private TableColumn<StoredOrder, String> column(String titleKey, double width,
            Function<StoredOrder, ObservableValue<String>> value) {
        TableColumn<StoredOrder, String> column = new TableColumn<>(messages.get(titleKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return column;
    }
}
