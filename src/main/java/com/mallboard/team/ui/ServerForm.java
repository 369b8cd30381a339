package com.mallboard.team.ui;

import com.mallboard.common.Messages;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The server address, account and password fields, as the sign-in window and the settings section show them. */
public final class ServerForm {
    private ServerForm() {
    }

    /** Fields with ids {@code <idPrefix>Url}, {@code <idPrefix>User}, {@code <idPrefix>Password}. */
    public static GridPane of(String idPrefix, StringProperty url, StringProperty user, StringProperty password,
            Messages messages) {
        TextField urlField = new TextField();
        urlField.setId(idPrefix + "Url");
        urlField.setPromptText("jdbc:postgresql://db.example.kr:5432/mallboard");
        urlField.textProperty().bindBidirectional(url);
        urlField.setPrefColumnCount(36);
        TextField userField = new TextField();
        userField.setId(idPrefix + "User");
        userField.textProperty().bindBidirectional(user);
        PasswordField passwordField = new PasswordField();
        passwordField.setId(idPrefix + "Password");
        passwordField.textProperty().bindBidirectional(password);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("settings.team.url")), urlField);
        grid.addRow(1, new Label(messages.get("settings.team.user")), userField);
        grid.addRow(2, new Label(messages.get("settings.team.password")), passwordField);
        GridPane.setHgrow(urlField, Priority.ALWAYS);
        return grid;
    }
}
