package com.mallboard.sync.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Columns;
import com.mallboard.product.Product;
import com.mallboard.sync.UnmatchedItem;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The unmatched-orders queue: groups of unmatched lines on the left, a product picker and "Map" on the right. */
public final class UnmatchedView extends BorderPane {
    private final UnmatchedViewModel viewModel;
    private final Messages messages;

    public UnmatchedView(UnmatchedViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setId("unmatchedView");
        getStyleClass().add("orders-view");
        getStylesheets().add(UnmatchedView.class.getResource(OrdersView.STYLESHEET).toExternalForm());
        Label title = new Label(messages.get("unmatched.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label(messages.get("unmatched.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Button refresh = new Button(messages.get("orders.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("refreshUnmatchedButton");
        refresh.setOnAction(event -> viewModel.load());
        HBox bar = new HBox(8, title, new HBox(), refresh);
        HBox.setHgrow(bar.getChildren().get(1), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, intro,
                StatusLine.styled("unmatchedMessage", viewModel.messageProperty(), "tracking-saved"),
                StatusLine.styled("unmatchedError", viewModel.errorProperty(), "orders-error"));
        top.getStyleClass().add("orders-toolbar");
        SplitPane split = new SplitPane(table(), picker());
        split.setDividerPositions(0.6);
        setTop(top);
        setCenter(split);
    }

    public void load() {
        viewModel.load();
    }

    private TableView<UnmatchedItem> table() {
        TableView<UnmatchedItem> table = new TableView<>(viewModel.items());
        table.setId("unmatchedTable");
        table.setPlaceholder(new Label(messages.get("unmatched.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("orders.column.mall", 90, UnmatchedItem::mallName));
        table.getColumns().add(column("unmatched.column.code", 220, UnmatchedViewModel::codeOrName));
        table.getColumns().add(column("orders.line.option", 90, UnmatchedItem::optionValue));
        table.getColumns().add(column("unmatched.column.lines", 50, i -> Integer.toString(i.lines())));
        table.getColumns().add(column("orders.line.quantity", 50, i -> Integer.toString(i.quantity())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                viewModel.selectedProperty().set(item));
        viewModel.selectedProperty().addListener((obs, old, item) -> {
            if (item == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        return table;
    }

    private VBox picker() {
        Label selected = new Label();
        selected.setId("unmatchedSelected");
        selected.setWrapText(true);
        selected.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            UnmatchedItem item = viewModel.selectedProperty().get();
            return item == null ? messages.get("unmatched.pick.line")
                    : messages.get("unmatched.pick.product", item.productName(), item.mallName());
        }, viewModel.selectedProperty()));
        TextField search = new TextField();
        search.setId("productSearchField");
        search.setPromptText(messages.get("unmatched.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.disableProperty().bind(viewModel.selectedProperty().isNull());
        ListView<Product> matches = new ListView<>(viewModel.matches());
        matches.setId("productMatches");
        matches.setPlaceholder(new Label(messages.get("unmatched.search.none")));
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Product product, boolean empty) {
                super.updateItem(product, empty);
                setText(empty || product == null ? null : product.sku() + " · " + product.name());
            }
        });
        matches.getSelectionModel().selectedItemProperty().addListener((obs, old, product) -> {
            if (product != null) {
                viewModel.chosenProperty().set(product);
            }
        });
        viewModel.chosenProperty().addListener((obs, old, product) -> {
            if (product != null && matches.getSelectionModel().getSelectedItem() != product) {
                matches.getSelectionModel().select(product);
            }
        });
        VBox.setVgrow(matches, Priority.ALWAYS);
        Button map = new Button(messages.get("unmatched.map"), new FontIcon("mdi2l-link-variant"));
        map.setId("mapButton");
        map.getStyleClass().add(Styles.ACCENT);
        map.disableProperty().bind(viewModel.canMapProperty().not());
        map.setOnAction(event -> viewModel.mapSelected());
        VBox picker = new VBox(8, selected, search, matches, map);
        picker.getStyleClass().add("unmatched-picker");
        return picker;
    }

    private TableColumn<UnmatchedItem, String> column(String titleKey, double width,
            Function<UnmatchedItem, String> text) {
        return Columns.text(messages.get(titleKey), width, text);
    }
}
