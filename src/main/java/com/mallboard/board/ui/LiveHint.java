package com.mallboard.board.ui;

import com.mallboard.common.Messages;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A quiet note in the toolbar when cards changed because someone else changed them (team mode), so a card that moves
 * by itself is not a surprise. It says when, and stays until the next such change; it never takes focus.
 */
final class LiveHint extends Label {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    LiveHint(BoardViewModel model, Messages messages) {
        setId("liveBoardHint");
        setGraphic(new FontIcon("mdi2a-account-multiple-outline"));
        getStyleClass().add("text-muted");
        setVisible(false);
        model.updatedByOthersProperty().addListener((obs, old, now) -> {
            setText(messages.get("board.live.updated", LocalTime.now().format(TIME)));
            setVisible(true);
        });
    }
}
