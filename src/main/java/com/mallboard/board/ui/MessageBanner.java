package com.mallboard.board.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A strip above the board for outcomes that need reading (why a move was blocked, what was undone). Unlike a popup
 * it never steals focus from the keyboard flow, and it stays until dismissed or replaced.
 */
final class MessageBanner extends HBox {
    enum Kind { INFO, SUCCESS, WARNING, ERROR }

    private final Label text = new Label();

    MessageBanner() {
        setId("boardMessageBar");
        text.setId("boardMessage");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> hide());
        getChildren().addAll(text, close);
        getStyleClass().add("message-banner");
        hide();
    }

    void show(Kind kind, String message) {
        text.setText(message);
        getStyleClass().removeIf(c -> c.startsWith("banner-"));
        getStyleClass().add("banner-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        setVisible(true);
        setManaged(true);
    }

    void hide() {
        text.setText("");
        setVisible(false);
        setManaged(false);
    }

    String message() {
        return text.getText();
    }
}
