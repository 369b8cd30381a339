package com.mallboard.sync.ui;

import com.mallboard.common.Messages;
import com.mallboard.sync.Mall;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The malls screen: a toolbar of actions on the chosen mall, and the table of malls. */
public final class MallsView extends VBox {
    private final MallsViewModel viewModel;
    private final MallEditorDialog editor;
    private final Messages messages;

    public MallsView(MallsViewModel viewModel, MallEditorDialog editor, Messages messages) {
        super(8);
        this.viewModel = viewModel;
        this.editor = editor;
        this.messages = messages;
        setId("mallsView");
        getStyleClass().add("sync-screen");
        getStylesheets().add(MallsView.class.getResource(SyncScreens.STYLESHEET).toExternalForm());
        TableView<MallsViewModel.Row> table = new MallsTable(viewModel, messages, this::edit);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar(), table, StatusLine.notice("mallsNotice", viewModel.noticeProperty()),
                StatusLine.error("mallsError", viewModel.errorProperty()));
    }

    private ToolBar toolbar() {
        Button add = button("addMallButton", "mdi2p-plus", "mall.add", this::add);
        Button edit = button("editMallButton", "mdi2p-pencil-outline", "mall.edit",
                () -> edit(viewModel.selectedProperty().get()));
        edit.disableProperty().bind(viewModel.canActProperty().not());
        Button toggle = button("toggleMallButton", "mdi2p-power", "mall.disable", viewModel::toggleEnabled);
        toggle.textProperty().bind(viewModel.toggleLabelProperty());
        toggle.disableProperty().bind(viewModel.canActProperty().not());
        // Connecting needs the platform's sign-in (Cafe24 OAuth); it stays disabled until a MallConnector is wired.
        Button connect = button("connectMallButton", "mdi2l-link-variant", "mall.connect", viewModel::connectSelected);
        connect.disableProperty().bind(viewModel.canConnectProperty().not());
        Button disconnect = button("disconnectMallButton", "mdi2l-link-variant-off", "mall.disconnect",
                this::confirmDisconnect);
        disconnect.disableProperty().bind(viewModel.canActProperty().not());
        Button retry = button("retryFailedButton", "mdi2r-replay", "mall.retry.failed", viewModel::retryFailedSelected);
        retry.disableProperty().bind(viewModel.canActProperty().not());
        Button syncOne = button("syncMallButton", "mdi2s-sync", "mall.sync.one", viewModel::syncSelected);
        syncOne.disableProperty().bind(viewModel.canSyncProperty().not());
        Button syncAll = button("syncAllButton", "mdi2s-sync", "mall.sync.all", viewModel::syncAll);
        syncAll.disableProperty().bind(viewModel.runner().runningProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(add, edit, toggle, new Separator(Orientation.VERTICAL), connect, disconnect,
                new Separator(Orientation.VERTICAL), retry, syncOne, spacer, busy, syncAll);
    }

    private Button button(String id, String icon, String key, Runnable action) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(messages.get(key + ".tooltip")));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void add() {
        editor.open(getScene().getWindow(), null, mall -> viewModel.saved(mall, true));
    }

    private void edit(MallsViewModel.Row row) {
        if (row != null) {
            Mall mall = row.mall();
            editor.open(getScene().getWindow(), mall, saved -> viewModel.saved(saved, false));
        }
    }

    private void confirmDisconnect() {
        MallsViewModel.Row row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        ButtonType disconnect = new ButtonType(messages.get("mall.disconnect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, viewModel.disconnectQuestion(row), disconnect, keep);
        alert.initOwner(getScene().getWindow());
        alert.setTitle(messages.get("mall.disconnect"));
        alert.setHeaderText(messages.get("mall.disconnect.header"));
        alert.getDialogPane().setId("disconnectConfirmation");
        alert.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        alert.getDialogPane().lookupButton(disconnect).setId("confirmDisconnectButton");
        alert.getDialogPane().lookupButton(keep).setId("cancelDisconnectButton");
        alert.showAndWait().filter(disconnect::equals).ifPresent(answer -> viewModel.disconnectSelected());
    }
}
