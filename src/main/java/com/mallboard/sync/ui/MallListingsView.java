package com.mallboard.sync.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.sync.ListingStatus;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The malls tab's content: one block per mall (listed, name and price overrides, display and selling, status with
 * its problem, last sync, "compare with mall"), and Save below. Node ids end in the mall's id: {@code listed-3}.
 */
public final class MallListingsView extends VBox {
    private final MallListingsViewModel viewModel;
    private final Messages messages;
    private final Formats formats;
    private final ListingStatusText statusText;
    private final DriftDialog driftDialog;
    private final VBox malls = new VBox(10);

    public MallListingsView(MallListingsViewModel viewModel, Formats formats) {
        super(10);
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.formats = formats;
        this.statusText = new ListingStatusText(messages);
        this.driftDialog = new DriftDialog(viewModel, messages);
        setId("mallListings");
        getStyleClass().add("mall-listings");
        getStylesheets().add(MallListingsView.class.getResource(OrdersView.STYLESHEET).toExternalForm());
        Label intro = new Label(messages.get("listing.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        ScrollPane scroll = new ScrollPane(malls);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        viewModel.rows().addListener((ListChangeListener<ListingRow>) change -> showRows());
        getChildren().addAll(intro, scroll,
                StatusLine.styled("listingMessage", viewModel.messageProperty(), "tracking-saved"),
                StatusLine.styled("listingError", viewModel.errorProperty(), "orders-error"), buttons());
    }

    private void showRows() {
        malls.getChildren().clear();
        if (viewModel.rows().isEmpty()) {
            Label none = new Label(messages.get("listing.no.malls"));
            none.setId("noMallsLabel");
            none.setWrapText(true);
            malls.getChildren().add(none);
        }
        viewModel.rows().forEach(row -> malls.getChildren().add(mallBlock(row)));
    }

    private Node mallBlock(ListingRow row) {
        long id = row.mall().id();
        Product product = viewModel.product();
        CheckBox listed = new CheckBox(row.mall().displayName());
        listed.setId("listed-" + id);
        listed.getStyleClass().add("listing-mall");
        listed.selectedProperty().bindBidirectional(row.listedProperty());
        // There is no "unlist": a listed product leaves a mall's shop front by turning display and selling off.
        listed.setDisable(row.listing() != null);
        if (row.listing() != null) {
            listed.setTooltip(new Tooltip(messages.get("listing.listed.tooltip")));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, listed, statusBadge(row), spacer, synced(row), compareButton(row));
        head.setAlignment(Pos.CENTER_LEFT);

        TextField name = field("listingName-" + id, row, row.nameProperty(), product.name());
        HBox.setHgrow(name, Priority.ALWAYS);
        TextField price = field("listingPrice-" + id, row, row.priceProperty(),
                product.details().priceWon() == null ? messages.get("listing.price.none")
                        : Formats.won(product.details().priceWon()));
        price.setPrefColumnCount(9);
        CheckBox display = flag("listingDisplay-" + id, "listing.display", row);
        display.selectedProperty().bindBidirectional(row.displayProperty());
        CheckBox selling = flag("listingSelling-" + id, "listing.selling", row);
        selling.selectedProperty().bindBidirectional(row.sellingProperty());
        HBox fields = new HBox(8, labelled("listing.name", name), labelled("listing.price", price), display, selling);
        fields.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(fields.getChildren().get(0), Priority.ALWAYS);

        VBox block = new VBox(8, head, fields);
        problem(row).ifPresent(block.getChildren()::add);
        block.getStyleClass().add("listing-block");
        block.setId("mall-" + id);
        return block;
    }

    private Node statusBadge(ListingRow row) {
        ListingStatus status = row.status();
        Label badge = new Label(status == null ? messages.get("listing.status.none") : statusText.status(status));
        badge.setId("listingStatus-" + row.mall().id());
        badge.getStyleClass().addAll("listing-badge", status == null ? "listing-none"
                : ListingStatusText.styleClass(status));
        if (status != null) {
            badge.setGraphic(new FontIcon(ListingStatusText.iconLiteral(status)));
        }
        return badge;
    }

    private java.util.Optional<Node> problem(ListingRow row) {
        if (row.status() == null) {
            return java.util.Optional.empty();
        }
        String text = statusText.problem(row.status(), row.listing().problem());
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        Label problem = new Label(text);
        problem.setId("listingProblem-" + row.mall().id());
        problem.setWrapText(true);
        problem.getStyleClass().addAll("listing-problem", ListingStatusText.styleClass(row.status()));
        return java.util.Optional.of(problem);
    }

    private Label synced(ListingRow row) {
        Label synced = new Label(row.syncedAt() == null ? messages.get("listing.synced.never")
                : messages.get("listing.synced.at", formats.dateTime(row.syncedAt())));
        synced.getStyleClass().add(Styles.TEXT_MUTED);
        return synced;
    }

    private Button compareButton(ListingRow row) {
        Button compare = new Button(messages.get("listing.compare"), new FontIcon("mdi2c-compare-horizontal"));
        compare.setId("compare-" + row.mall().id());
        compare.getStyleClass().add(Styles.SMALL);
        compare.setDisable(row.listing() == null);
        compare.setOnAction(event -> viewModel.compare(row, report -> driftDialog.open(getScene().getWindow(),
                report)));
        return compare;
    }

    private TextField field(String id, ListingRow row, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.disableProperty().bind(row.listedProperty().not());
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private CheckBox flag(String id, String textKey, ListingRow row) {
        CheckBox flag = new CheckBox(messages.get(textKey));
        flag.setId(id);
        flag.disableProperty().bind(row.listedProperty().not());
        return flag;
    }

    private Node labelled(String key, TextField field) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        return new VBox(3, label, field);
    }

    private HBox buttons() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(viewModel.busyProperty());
        Button save = new Button(messages.get("listing.save"), new FontIcon("mdi2s-sync"));
        save.setId("saveListingsButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.busyProperty());
        save.setOnAction(event -> viewModel.save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, progress, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }
}
