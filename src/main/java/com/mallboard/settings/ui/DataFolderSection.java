package com.mallboard.settings.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.Dialogs;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.SettingsSection;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Where the data is and how big, "Move data to another folder…" and "Open another data folder…". */
public final class DataFolderSection implements SettingsSection {
    private final DataFolderViewModel model;
    private final FileDialogs files;
    private final Messages messages;
    private Optional<String> overriddenBy = Optional.empty();

    public DataFolderSection(DataFolderViewModel model, FileDialogs files, Messages messages) {
        this.model = model;
        this.files = files;
        this.messages = messages;
    }

    /**
     * Says that {@code setting} ({@code --data-dir} or the environment variable) chose the folder, so a folder chosen
     * here is used now but not at the next start while that is set.
     */
    public DataFolderSection overriddenBy(Optional<String> setting) {
        this.overriddenBy = setting;
        return this;
    }

    @Override
    public String id() {
        return "dataFolder";
    }

    @Override
    public String titleKey() {
        return "settings.folder";
    }

    @Override
    public Node content() {
        Label folder = new Label(model.current().toString());
        folder.setId("dataFolderPath");
        folder.setWrapText(true);
        folder.getStyleClass().add("settings-path");
        Label size = new Label();
        size.setId("dataFolderSize");
        size.textProperty().bind(model.sizeProperty());
        Button moveButton = new Button(messages.get("settings.folder.move"), new FontIcon("mdi2f-folder-move-outline"));
        moveButton.setId("moveDataButton");
        moveButton.setOnAction(e -> files.chooseFolder(moveButton.getScene().getWindow(),
                messages.get("settings.folder.move.title")).ifPresent(model::moveTo));
        Button openButton = new Button(messages.get("settings.folder.open"), new FontIcon("mdi2f-folder-open-outline"));
        openButton.setId("openDataFolderButton");
        openButton.setOnAction(e -> files.chooseFolder(openButton.getScene().getWindow(),
                messages.get("settings.folder.open.title")).ifPresent(model::open));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        moveButton.disableProperty().bind(model.busyProperty());
        openButton.disableProperty().bind(model.busyProperty());
        HBox buttons = new HBox(8, moveButton, openButton, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        model.noticeProperty().addListener((obs, old, text) -> showNotice(folder, text));
        return new VBox(24, SettingsParts.group(messages.get("settings.folder.where"), null, folder, size,
                        overrideWarning()),
                SettingsParts.group(messages.get("settings.folder.change"), messages.get("settings.folder.change.note"),
                        buttons, model.feedback().label("dataFolderResult")));
    }

    /** Takes no room when nothing overrides the folder chosen here. */
    private Label overrideWarning() {
        Label warning = new Label(overriddenBy.map(setting -> messages.get("settings.folder.overridden", setting))
                .orElse(""));
        warning.setId("dataFolderOverride");
        warning.setWrapText(true);
        warning.getStyleClass().add("settings-warning");
        warning.setGraphic(new FontIcon("mdi2a-alert-outline"));
        warning.setVisible(overriddenBy.isPresent());
        warning.setManaged(overriddenBy.isPresent());
        return warning;
    }

    /** Outlives the window, which is rebuilt on the new folder right after. */
    private void showNotice(Node anyNode, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(anyNode.getScene().getWindow());
        alert.setTitle(messages.get("settings.folder"));
        alert.setHeaderText(messages.get("settings.folder.moved.title"));
        alert.setContentText(text);
        alert.getDialogPane().setId("dataFolderNotice");
        alert.getButtonTypes().setAll(Dialogs.close(messages));
        alert.show();
    }

    @Override
    public void reload() {
        model.load();
    }
}
