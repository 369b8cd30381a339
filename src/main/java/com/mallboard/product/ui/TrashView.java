package com.mallboard.product.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Columns;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The trash window's content: trashed products, with Restore and Delete forever (which asks first). */
public final class TrashView extends VBox {
    private final TrashViewModel viewModel;
    private final Messages messages;

    public TrashView(TrashViewModel viewModel, Messages messages, Runnable onClose) {
        super(10);
        this.viewModel = viewModel;
        this.messages = messages;
        setId("trashView");
        getStyleClass().add("trash-view");
        getStylesheets().add(TrashView.class.getResource(ProductEditorView.STYLESHEET).toExternalForm());

        Label intro = new Label(messages.get("trash.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        TableView<TrashViewModel.Row> list = list();
        VBox.setVgrow(list, Priority.ALWAYS);

        Label error = new Label();
        error.setId("trashError");
        error.getStyleClass().add("editor-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        getChildren().addAll(intro, list, error, buttons(onClose));
    }

    private TableView<TrashViewModel.Row> list() {
        TableView<TrashViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("trashList");
        table.setPlaceholder(new Label(messages.get("trash.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("field.sku", 140, TrashViewModel.Row::sku));
        table.getColumns().add(column("field.name", 260, TrashViewModel.Row::name));
        table.getColumns().add(column("trash.column.trashed", 140, TrashViewModel.Row::trashedAt));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedProperty().set(row));
        return table;
    }

    private HBox buttons(Runnable onClose) {
        Button restore = new Button(messages.get("trash.restore"));
        restore.setId("restoreButton");
        restore.getStyleClass().add(Styles.ACCENT);
        restore.disableProperty().bind(viewModel.canActProperty().not());
        restore.setOnAction(event -> viewModel.restoreSelected());
        Button purge = new Button(messages.get("trash.purge"));
        purge.setId("purgeButton");
        purge.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        purge.disableProperty().bind(viewModel.canActProperty().not());
        purge.setOnAction(event -> confirmPurge());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(viewModel.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(messages.get("trash.close"));
        close.setId("trashCloseButton");
        close.setCancelButton(true);
        close.setOnAction(event -> onClose.run());
        HBox buttons = new HBox(8, restore, purge, spacer, progress, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    private void confirmPurge() {
        TrashViewModel.Row row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        ButtonType purge = new ButtonType(messages.get("trash.purge"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("editor.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, viewModel.purgeQuestion(row), purge, keep);
        alert.initOwner(getScene().getWindow());
        alert.setTitle(messages.get("trash.purge"));
        alert.setHeaderText(messages.get("trash.purge.header"));
        alert.getDialogPane().setId("purgeConfirmation");
        alert.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        alert.getDialogPane().lookupButton(purge).setId("confirmPurgeButton");
        alert.getDialogPane().lookupButton(keep).setId("cancelPurgeButton");
        alert.showAndWait().filter(purge::equals).ifPresent(answer -> viewModel.purgeSelected());
    }

    private TableColumn<TrashViewModel.Row, String> column(String titleKey, double width,
            Function<TrashViewModel.Row, String> text) {
        return Columns.text(messages.get(titleKey), width, text);
    }
}
