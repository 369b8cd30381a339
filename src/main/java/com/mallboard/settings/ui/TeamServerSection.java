package com.mallboard.settings.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.Dialogs;
import com.mallboard.common.ui.SettingsSection;
import com.mallboard.team.ui.ServerForm;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings › Team server: the store this folder works on, and switching it between the local file and a server. */
public final class TeamServerSection implements SettingsSection {
    private final TeamServerViewModel model;
    private final Messages messages;

    public TeamServerSection(TeamServerViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "teamServer";
    }

    @Override
    public String titleKey() {
        return "settings.team";
    }

    @Override
    public Node content() {
        Label status = new Label(model.status());
        status.setId("teamStatus");
        status.setWrapText(true);
        Button connect = button("teamConnectButton", "settings.team.connect", "mdi2l-lan-connect");
        connect.setOnAction(e -> model.connect());
        Button move = button("teamMoveButton", "settings.team.move", "mdi2d-database-export-outline");
        move.setOnAction(e -> confirm(move, "settings.team.move.confirm").ifPresent(ok -> model.moveToServer()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        HBox buttons = new HBox(8, connect, move, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox server = SettingsParts.group(messages.get("settings.team.server"), messages.get("settings.team.server.note"),
                form(), buttons, model.feedback().label("teamResult"));
        server.disableProperty().bind(model.busyProperty());
        VBox content = new VBox(24, SettingsParts.group(messages.get("settings.team.where"), null, status), server);
        if (model.onServer()) {
            Button local = button("teamLocalButton", "settings.team.local", "mdi2l-laptop");
            local.setOnAction(e -> confirm(local, "settings.team.local.confirm").ifPresent(ok -> model.useLocalFile()));
            content.getChildren().add(SettingsParts.group(messages.get("settings.team.back"),
                    messages.get("settings.team.back.note"), local));
        }
        return content;
    }

    private GridPane form() {
        return ServerForm.of("team", model.urlProperty(), model.userProperty(), model.passwordProperty(), messages);
    }

    private Button button(String id, String textKey, String icon) {
        Button button = new Button(messages.get(textKey), new FontIcon(icon));
        button.setId(id);
        return button;
    }

    private Optional<ButtonType> confirm(Node owner, String questionKey) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner.getScene().getWindow());
        alert.setTitle(messages.get("settings.team"));
        alert.setHeaderText(messages.get(questionKey + ".title"));
        alert.setContentText(messages.get(questionKey, model.status()));
        alert.getDialogPane().setId("teamConfirm");
        Dialogs.okCancel(alert.getDialogPane(), messages);
        return alert.showAndWait().filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE);
    }

    @Override
    public void reload() {
        // Nothing to read again: the status is what the app opened, the form is what the person typed.
    }
}
