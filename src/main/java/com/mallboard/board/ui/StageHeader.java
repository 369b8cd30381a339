package com.mallboard.board.ui;

import com.mallboard.board.BoardSettings;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Dialogs;
import com.mallboard.product.Stage;
import java.util.OptionalInt;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A column title with its card count and WIP limit; turns red when the column holds more than its limit. */
final class StageHeader extends HBox {
    private final Stage stage;
    private final BoardViewModel model;
    private final Messages messages;
    private final Label count = new Label();

    StageHeader(Stage stage, BoardViewModel model, Messages messages) {
        this.stage = stage;
        this.model = model;
        this.messages = messages;
        setId("header-" + stage.name().toLowerCase(java.util.Locale.ROOT));
        getStyleClass().add("stage-header");
        Label title = new Label(messages.get(stage.messageKey()));
        title.getStyleClass().add("stage-title");
        count.getStyleClass().add("stage-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(title, spacer, count);
        InvalidationListener update = this::update;
        model.visibleCards(stage).addListener(update);
        model.allCards(stage).addListener(update);
        model.wipLimitProperty(stage).addListener(update);
        model.totalProperty(stage).addListener(update);
        MenuItem setLimit = new MenuItem(messages.get("board.wip.set"));
        setLimit.setOnAction(e -> askWipLimit());
        setOnContextMenuRequested(e -> new ContextMenu(setLimit).show(this, e.getScreenX(), e.getScreenY()));
        update(null);
    }

    private void update(Observable ignored) {
        int visible = model.visibleCards(stage).size();
        int loaded = model.allCards(stage).size();
        int total = model.totalProperty(stage).get();
        OptionalInt limit = model.wipLimitProperty(stage).get();
        String shown = visible == loaded ? Integer.toString(total) : visible + " / " + total;
        count.setText(limit.isPresent() ? messages.get("board.count.wip", shown, limit.getAsInt()) : shown);
        boolean over = model.isOverWipLimit(stage);
        getStyleClass().removeAll("wip-exceeded");
        if (over) {
            getStyleClass().add("wip-exceeded");
        }
    }

    private void askWipLimit() {
        OptionalInt current = model.wipLimitProperty(stage).get();
        askWipLimit(current.isPresent() ? Integer.toString(current.getAsInt()) : "", null);
    }

    /** Text that is no limit is asked again, with what is wrong above the question; the limit stays as it was. */
    private void askWipLimit(String typed, String problem) {
        String stageName = messages.get(stage.messageKey());
        String question = messages.get("board.wip.prompt", stageName);
        Dialogs.askText(getScene().getWindow(), messages, messages.get("board.wip.set"),
                problem == null ? question : problem + "\n" + question, typed, "wipLimitField").ifPresent(text -> {
            OptionalInt limit = BoardSettings.parseWipLimit(text);
            if (limit.isPresent()) {
                model.setWipLimit(stage, limit.getAsInt());
            } else {
                askWipLimit(text, messages.get("settings.wip.invalid", stageName, BoardSettings.MAX_WIP_LIMIT));
            }
        });
    }
}
