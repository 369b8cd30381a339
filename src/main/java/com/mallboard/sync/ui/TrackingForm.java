package com.mallboard.sync.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.ChoiceText;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.StoredOrderItem;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Courier, tracking number and the lines it ships. Enter in the number field saves, so a barcode scanner that ends
 * with Enter ships the order in one scan.
 */
final class TrackingForm extends VBox {
    private final TrackingViewModel viewModel;
    private final Messages messages;
    private final VBox lineChoices = new VBox(4);

    TrackingForm(TrackingViewModel viewModel, Messages messages) {
        super(8);
        this.viewModel = viewModel;
        this.messages = messages;
        setId("trackingForm");
        getStyleClass().add("tracking-form");
        Label heading = new Label(messages.get("tracking.title"), new FontIcon("mdi2t-truck-delivery-outline"));
        heading.getStyleClass().add(Styles.TITLE_4);

        Label closed = new Label(messages.get("tracking.closed"));
        closed.setId("trackingClosed");
        closed.getStyleClass().add(Styles.TEXT_MUTED);
        closed.visibleProperty().bind(viewModel.openProperty().not());
        closed.managedProperty().bind(closed.visibleProperty());

        VBox entry = new VBox(8, entryRow(), noCarriersNote(), lineChooser(), messageLabel());
        entry.visibleProperty().bind(viewModel.openProperty());
        entry.managedProperty().bind(entry.visibleProperty());
        getChildren().addAll(heading, closed, entry, savedLabel());
    }

    private HBox entryRow() {
        ComboBox<Carrier> carrier = new ComboBox<>(viewModel.carriers());
        carrier.setId("carrierBox");
        carrier.setPromptText(messages.get("tracking.carrier"));
        carrier.setConverter(ChoiceText.of(Carrier::name));
        carrier.valueProperty().bindBidirectional(viewModel.carrierProperty());
        carrier.disableProperty().bind(viewModel.noCarriersProperty());
        TextField number = new TextField();
        number.setId("trackingField");
        number.setPromptText(messages.get("tracking.number.prompt"));
        number.textProperty().bindBidirectional(viewModel.trackingNoProperty());
        number.setOnAction(event -> viewModel.submit());
        HBox.setHgrow(number, Priority.ALWAYS);
        Button save = new Button(messages.get("tracking.save"));
        save.setId("saveTrackingButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.busyProperty());
        save.setOnAction(event -> viewModel.submit());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(viewModel.busyProperty());
        HBox row = new HBox(8, carrier, number, save, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label noCarriersNote() {
        Label note = new Label(messages.get("tracking.no.carriers"), new FontIcon("mdi2a-alert-outline"));
        note.setId("noCarriersLabel");
        note.setWrapText(true);
        note.getStyleClass().add("tracking-warning");
        note.visibleProperty().bind(viewModel.noCarriersProperty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private VBox lineChooser() {
        Label label = new Label(messages.get("tracking.lines"));
        label.getStyleClass().add("field-label");
        lineChoices.setId("shipLines");
        viewModel.lines().addListener((ListChangeListener<TrackingViewModel.LineChoice>) change -> showLines());
        return new VBox(4, label, lineChoices);
    }

    private void showLines() {
        lineChoices.getChildren().clear();
        for (TrackingViewModel.LineChoice choice : viewModel.lines()) {
            StoredOrderItem item = choice.item();
            String code = item.customProductCode() == null ? "" : item.customProductCode() + " · ";
            CheckBox box = new CheckBox(messages.get("tracking.line", code + item.productName(),
                    item.optionValue() == null ? "" : " (" + item.optionValue() + ")", item.quantity(),
                    Formats.won(item.priceWon())));
            box.setId("ship-" + item.itemCode());
            box.selectedProperty().bindBidirectional(choice.selectedProperty());
            lineChoices.getChildren().add(box);
        }
    }

    private Label messageLabel() {
        Label error = new Label();
        error.setId("trackingMessage");
        error.setWrapText(true);
        error.getStyleClass().add("orders-error");
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private Label savedLabel() {
        Label saved = new Label(null, new FontIcon("mdi2c-check-circle"));
        saved.setId("trackingStatus");
        saved.setWrapText(true);
        saved.getStyleClass().add("tracking-saved");
        saved.textProperty().bind(viewModel.savedProperty());
        saved.visibleProperty().bind(viewModel.savedProperty().isNotEmpty());
        saved.managedProperty().bind(saved.visibleProperty());
        return saved;
    }
}
