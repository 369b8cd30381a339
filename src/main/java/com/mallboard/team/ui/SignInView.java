package com.mallboard.team.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Dialogs;
import com.mallboard.common.ui.MessageLabels;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Shown instead of the board when the team server needs the person to sign in. */
public final class SignInView extends VBox {
    private final SignInViewModel model;
    private final Messages messages;

    public SignInView(SignInViewModel model, Messages messages, Runnable quit) {
        super(14);
        this.model = model;
        this.messages = messages;
        setId("signInView");
        setMaxWidth(720);
        setStyle("-fx-padding: 40; -fx-alignment: center-left;");
        Label title = new Label(messages.get("team.signin.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(messages.get("team.signin.intro"));
        intro.setWrapText(true);
        Label problem = MessageLabels.bound("signInProblem", model.problemProperty(), Styles.DANGER);
        Button signIn = new Button(messages.get("team.signin.button"));
        signIn.setId("signInButton");
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setOnAction(e -> model.signIn());
        Button local = new Button(messages.get("team.signin.local"));
        local.setId("signInLocalButton");
        local.setOnAction(e -> confirmLocal());
        Button quitButton = new Button(messages.get("team.signin.quit"));
        quitButton.setId("signInQuitButton");
        quitButton.setOnAction(e -> quit.run());
        HBox buttons = new HBox(8, signIn, local, quitButton);
        buttons.disableProperty().bind(model.busyProperty());
        GridPane form = form();
        getChildren().addAll(title, intro, problem, form, buttons);
        // The address and account are usually right; the password is what the person came to type.
        Platform.runLater(() -> form.lookup("#signInPassword").requestFocus());
    }

    private GridPane form() {
        GridPane grid = ServerForm.of("signIn", model.urlProperty(), model.userProperty(), model.passwordProperty(),
                messages);
        grid.disableProperty().bind(model.busyProperty());
        return grid;
    }

    private void confirmLocal() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(getScene().getWindow());
        alert.setTitle(messages.get("team.signin.title"));
        alert.setHeaderText(messages.get("settings.team.local.confirm.title"));
        alert.setContentText(messages.get("team.signin.local.note"));
        alert.getDialogPane().setId("signInLocalConfirm");
        Dialogs.okCancel(alert.getDialogPane(), messages);
        alert.showAndWait().filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(ok -> model.useLocalFile());
    }
}
