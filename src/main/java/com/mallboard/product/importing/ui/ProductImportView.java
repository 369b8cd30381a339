package com.mallboard.product.importing.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.MessageLabels;
import com.mallboard.product.importing.ui.ProductImportViewModel.Step;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The product import: file, column mapping and template on top; the mapping step or the preview in the middle; the
 * counts, "import the valid rows only", the error report and Import at the bottom.
 */
public final class ProductImportView extends BorderPane {
    static final List<String> EXTENSIONS = List.of("xlsx", "xls", "csv");

    private final ProductImportViewModel viewModel;
    private final Messages messages;
    private final FileDialogs files;

    public ProductImportView(ProductImportViewModel viewModel, FileDialogs files, Runnable close) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.files = files;
        setId("productImportView");
        setPadding(new Insets(12));
        setTop(new VBox(8, fileRow(), MessageLabels.bound("importNotice", viewModel.noticeProperty(), Styles.ACCENT)));
        setCenter(steps());
        BorderPane.setMargin(getCenter(), new Insets(10, 0, 10, 0));
        setBottom(footer(close));
    }

    private HBox fileRow() {
        Button choose = button("chooseImportFileButton", "import.screen.choose", "mdi2f-file-excel-outline");
        choose.setOnAction(e -> files.openFile(window(), messages.get("import.screen.choose.title"), EXTENSIONS)
                .ifPresent(viewModel::open));
        Label file = new Label();
        file.setId("importFileName");
        file.textProperty().bind(Bindings.when(viewModel.fileNameProperty().isEmpty())
                .then(messages.get("import.screen.no.file")).otherwise(viewModel.fileNameProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("importBusy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Button columns = button("editMappingButton", "import.screen.mapping.edit", "mdi2t-table-cog");
        columns.disableProperty().bind(viewModel.fileNameProperty().isEmpty()
                .or(viewModel.stepProperty().isEqualTo(Step.MAPPING)));
        columns.setOnAction(e -> viewModel.editMapping());
        Button template = button("saveTemplateButton", "import.screen.template", "mdi2f-file-download-outline");
        template.setOnAction(e -> files.saveFile(window(), messages.get("import.screen.template.title"),
                messages.get("import.screen.template.file"), "xlsx").ifPresent(viewModel::saveTemplate));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, choose, file, busy, spacer, columns, template);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private StackPane steps() {
        MappingPane mapping = new MappingPane(viewModel);
        PreviewPane preview = new PreviewPane(viewModel);
        Label empty = new Label(messages.get("import.screen.start"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        mapping.visibleProperty().bind(viewModel.stepProperty().isEqualTo(Step.MAPPING));
        preview.visibleProperty().bind(viewModel.stepProperty().isEqualTo(Step.PREVIEW));
        empty.visibleProperty().bind(viewModel.stepProperty().isEqualTo(Step.EMPTY));
        return new StackPane(empty, mapping, preview);
    }

    private VBox footer(Runnable close) {
        Label counts = new Label();
        counts.setId("importCounts");
        counts.textProperty().bind(viewModel.countsProperty());
        CheckBox validOnly = new CheckBox(messages.get("import.screen.valid.only"));
        validOnly.setId("importValidRowsOnly");
        validOnly.selectedProperty().bindBidirectional(viewModel.validRowsOnlyProperty());
        validOnly.disableProperty().bind(viewModel.hasProblemsProperty().not());
        Button report = button("saveErrorReportButton", "import.screen.error.report", "mdi2f-file-alert-outline");
        report.disableProperty().bind(viewModel.hasProblemsProperty().not().or(viewModel.busyProperty()));
        report.setOnAction(e -> files.saveFile(window(), messages.get("import.screen.error.report.title"),
                messages.get("import.screen.error.report.file"), "xlsx").ifPresent(viewModel::saveErrorReport));
        Button importButton = button("importProductsButton", "import.screen.import", "mdi2d-database-import");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        importButton.setOnAction(e -> {
            if (confirm()) {
                viewModel.importRows();
            }
        });
        Button closeButton = new Button(messages.get("import.screen.close"));
        closeButton.setId("closeProductImportButton");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, counts, validOnly, spacer, report, importButton, closeButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, MessageLabels.bound("importError", viewModel.errorProperty(), Styles.DANGER),
                MessageLabels.bound("importResult", viewModel.resultProperty(), Styles.SUCCESS), buttons);
    }

    private boolean confirm() {
        ButtonType go = new ButtonType(messages.get("import.screen.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, viewModel.confirmation(), go, cancel);
        alert.initOwner(window());
        alert.setTitle(messages.get("import.screen.confirm.title"));
        alert.setHeaderText(messages.get("import.screen.confirm.title"));
        alert.getDialogPane().setId("confirmImportDialog");
        alert.getDialogPane().lookupButton(go).setId("confirmButton");
        alert.getDialogPane().lookupButton(cancel).setId("cancelButton");
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    private Button button(String id, String textKey, String icon) {
        Button button = new Button(messages.get(textKey), new FontIcon(icon));
        button.setId(id);
        return button;
    }


    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
