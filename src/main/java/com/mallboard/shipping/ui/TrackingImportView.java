package com.mallboard.shipping.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.ChoiceText;
import com.mallboard.common.ui.MessageLabels;
import com.mallboard.shipping.tracking.Courier;
import com.mallboard.shipping.tracking.ImportRow;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The tracking import: file and courier on top, which column holds what, the preview of every row with its problem,
 * and at the bottom the counts, "import the valid rows and skip the rest" and Import.
 */
public final class TrackingImportView extends BorderPane {
    private final TrackingImportViewModel viewModel;
    private final Messages messages;

    /** {@code chooseFile} asks the user for a file and hands it to the view model. */
    public TrackingImportView(TrackingImportViewModel viewModel, Runnable chooseFile, Runnable close) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setId("trackingImportView");
        setPadding(new Insets(12));
        setTop(new VBox(10, fileAndCourier(chooseFile), columns()));
        setCenter(table());
        BorderPane.setMargin(getCenter(), new Insets(10, 0, 10, 0));
        setBottom(footer(close));
    }

    private HBox fileAndCourier(Runnable chooseFile) {
        Button choose = new Button(messages.get("tracking.import.choose"), new FontIcon("mdi2f-file-excel-outline"));
        choose.setId("chooseTrackingFileButton");
        choose.setOnAction(e -> chooseFile.run());
        Label file = new Label();
        file.setId("trackingFileName");
        file.textProperty().bind(Bindings.when(viewModel.fileNameProperty().isEmpty())
                .then(messages.get("tracking.import.no.file")).otherwise(viewModel.fileNameProperty()));
        ComboBox<Courier> courier = new ComboBox<>(viewModel.couriers());
        courier.setId("importCourierBox");
        courier.setPromptText(messages.get("tracking.import.courier.prompt"));
        courier.setConverter(ChoiceText.of(Courier::displayName));
        courier.valueProperty().bindBidirectional(viewModel.courierProperty());
        courier.disableProperty().bind(viewModel.fileNameProperty().isEmpty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, choose, file, spacer, busy, new Label(messages.get("tracking.import.courier")), courier);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private GridPane columns() {
        ObservableList<String> optional = FXCollections.observableArrayList("");
        viewModel.columns().addListener((ListChangeListener<String>) change -> {
            optional.setAll("");
            optional.addAll(viewModel.columns());
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("tracking.import.column.order")),
                column("orderColumnBox", viewModel.columns(), viewModel.orderColumnProperty()),
                new Label(messages.get("tracking.import.column.tracking")),
                column("trackingColumnBox", viewModel.columns(), viewModel.trackingColumnProperty()));
        grid.addRow(1, new Label(messages.get("tracking.import.column.item")),
                column("itemColumnBox", optional, viewModel.itemColumnProperty()),
                new Label(messages.get("tracking.import.column.courier")),
                column("courierColumnBox", optional, viewModel.courierColumnProperty()));
        return grid;
    }

    private ComboBox<String> column(String id, ObservableList<String> choices, Property<String> value) {
        ComboBox<String> box = new ComboBox<>(choices);
        box.setId(id);
        box.setPrefWidth(200);
        String none = messages.get("tracking.import.column.none");
        box.setConverter(ChoiceText.of(c -> c.isEmpty() ? none : c, none));
        box.valueProperty().bindBidirectional(value);
        box.disableProperty().bind(Bindings.isEmpty(viewModel.columns()));
        return box;
    }

    private TableView<ImportRow> table() {
        TableView<ImportRow> table = new TableView<>(viewModel.rows());
        table.setId("importPreviewTable");
        table.setPlaceholder(new Label(messages.get("tracking.import.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("tracking.import.header.row", 44, r -> Integer.toString(r.sheetRow())));
        table.getColumns().add(column("tracking.import.header.order", 140, ImportRow::orderId));
        table.getColumns().add(column("tracking.import.header.tracking", 120, ImportRow::trackingNo));
        table.getColumns().add(column("tracking.import.header.mall", 80,
                r -> r.order() == null ? "" : r.order().mallName()));
        table.getColumns().add(column("tracking.import.header.carrier", 85,
                r -> r.carrier() == null ? "" : r.carrier().name()));
        table.getColumns().add(column("tracking.import.header.status", 420, viewModel::status));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean problem = !empty && row != null && !row.valid();
                setStyle(problem ? "-fx-background-color: -color-danger-subtle;" : "");
                setTooltip(problem ? new Tooltip(viewModel.status(row)) : null);
            }
        });
        return table;
    }

    private TableColumn<ImportRow, String> column(String titleKey, double width, Function<ImportRow, String> text) {
        TableColumn<ImportRow, String> column = new TableColumn<>(messages.get(titleKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    private VBox footer(Runnable close) {
        Label counts = new Label();
        counts.setId("importCounts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> messages.get("tracking.import.counts",
                viewModel.validCountProperty().get(), viewModel.errorCountProperty().get()),
                viewModel.validCountProperty(), viewModel.errorCountProperty()));
        CheckBox skip = new CheckBox(messages.get("tracking.import.skip.errors"));
        skip.setId("importValidRowsCheck");
        skip.selectedProperty().bindBidirectional(viewModel.importValidRowsProperty());
        skip.disableProperty().bind(viewModel.errorCountProperty().isEqualTo(0));
        Button importButton = new Button(messages.get("tracking.import.button"), new FontIcon("mdi2t-truck-check"));
        importButton.setId("importTrackingButton");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        importButton.setOnAction(e -> viewModel.importRows());
        Button closeButton = new Button(messages.get("tracking.import.close"));
        closeButton.setId("closeImportButton");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, counts, skip, spacer, importButton, closeButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, MessageLabels.bound("importError", viewModel.errorProperty(), Styles.DANGER),
                MessageLabels.bound("importResult", viewModel.resultProperty(), Styles.SUCCESS), buttons);
    }

}
