package com.mallboard.settings.ui;

import com.mallboard.board.BoardSettings;
import com.mallboard.board.Swimlanes;
import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.SettingsSection;
import com.mallboard.product.Stage;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The board's WIP limit per stage (the same limits the stage headers' "Set WIP limit…" edits) and the swimlanes it
 * opens with. A limit is saved when the field is left or Enter is pressed; text that is no limit is refused there.
 */
public final class BoardSection implements SettingsSection {
    private final BoardSettings settings;
    private final TaskExecutor executor;
    private final Messages messages;
    private final SectionFeedback feedback = new SectionFeedback();
    private final Map<Stage, TextField> limits = new EnumMap<>(Stage.class);
    private final Map<Stage, String> saved = new EnumMap<>(Stage.class);
    private final ComboBox<Swimlanes> swimlanes = new ComboBox<>();
    private boolean showingSaved;

    public BoardSection(BoardSettings settings, TaskExecutor executor, Messages messages) {
        this.settings = settings;
        this.executor = executor;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "board";
    }

    @Override
    public String titleKey() {
        return "settings.board";
    }

    @Override
    public Node content() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        for (Stage stage : Stage.values()) {
            TextField field = new TextField();
            field.setId("wipLimit-" + stage.name().toLowerCase(Locale.ROOT));
            field.setPrefColumnCount(6);
            field.setPromptText(messages.get("settings.wip.none"));
            field.setOnAction(e -> saveLimit(stage));
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    saveLimit(stage);
                }
            });
            limits.put(stage, field);
            grid.addRow(row++, new Label(messages.get(stage.messageKey())), field);
        }
        swimlanes.setId("swimlanesChoice");
        swimlanes.getItems().setAll(Swimlanes.values());
        swimlanes.setCellFactory(list -> new SwimlaneCell());
        swimlanes.setButtonCell(new SwimlaneCell());
        swimlanes.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !showingSaved) {
                saveSwimlanes(chosen);
            }
        });
        return new VBox(24, SettingsParts.group(messages.get("settings.wip"), messages.get("settings.wip.note"), grid),
                SettingsParts.group(messages.get("settings.swimlanes"), messages.get("settings.swimlanes.note"),
                        swimlanes), feedback.label("boardResult"));
    }

    private void saveLimit(Stage stage) {
        TextField field = limits.get(stage);
        String typed = field.getText() == null ? "" : field.getText().strip();
        if (typed.equals(saved.getOrDefault(stage, ""))) {
            return;
        }
        OptionalInt limit = BoardSettings.parseWipLimit(typed);
        if (limit.isEmpty()) {
            field.getStyleClass().add("settings-field-problem");
            feedback.problem(messages.get("settings.wip.invalid", messages.get(stage.messageKey()),
                    BoardSettings.MAX_WIP_LIMIT));
            return;
        }
        field.getStyleClass().removeAll("settings-field-problem");
        executor.execute(BackgroundTask.of("settings.task", () -> {
            settings.setWipLimit(stage, limit.getAsInt());
            return limit.getAsInt();
        }, value -> {
            saved.put(stage, value > 0 ? Integer.toString(value) : "");
            field.setText(saved.get(stage));
            feedback.saved(value > 0 ? messages.get("settings.wip.saved", messages.get(stage.messageKey()), value)
                    : messages.get("settings.wip.removed", messages.get(stage.messageKey())));
        }, this::failed));
    }

    private void saveSwimlanes(Swimlanes chosen) {
        executor.execute(BackgroundTask.of("settings.task", () -> {
            settings.setSwimlanes(chosen);
            return chosen;
        }, value -> feedback.saved(messages.get("settings.swimlanes.saved", messages.get(value.messageKey()))),
                this::failed));
    }

    @Override
    public void reload() {
        executor.execute(BackgroundTask.of("settings.task", () -> {
            Map<Stage, OptionalInt> read = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                read.put(stage, settings.wipLimit(stage));
            }
            return new Saved(read, settings.swimlanes());
        }, this::show, this::failed));
    }

    private record Saved(Map<Stage, OptionalInt> limits, Swimlanes swimlanes) {
    }

    private void show(Saved values) {
        values.limits().forEach((stage, limit) -> {
            saved.put(stage, limit.isPresent() ? Integer.toString(limit.getAsInt()) : "");
            if (limits.containsKey(stage)) {
                limits.get(stage).setText(saved.get(stage));
                limits.get(stage).getStyleClass().removeAll("settings-field-problem");
            }
        });
        showingSaved = true;
        swimlanes.setValue(values.swimlanes());
        showingSaved = false;
    }

    private void failed(Throwable error) {
        feedback.problem(messages.get("settings.failed", String.valueOf(error.getMessage())));
    }

    private final class SwimlaneCell extends ListCell<Swimlanes> {
        @Override
        protected void updateItem(Swimlanes item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get(item.messageKey()));
        }
    }
}
