package com.mallboard.board;

import com.mallboard.common.SettingsRepository;
import com.mallboard.product.Stage;
import java.util.Locale;
import java.util.OptionalInt;

/** Per-column WIP limits and the swimlane choice, remembered between sessions. */
public class BoardSettings {
    private final SettingsRepository settings;

    public BoardSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    public OptionalInt wipLimit(Stage stage) {
        return settings.get(wipKey(stage))
                .filter(v -> !v.isBlank())
                .map(v -> OptionalInt.of(Integer.parseInt(v)))
                .orElse(OptionalInt.empty());
    }

    /** A limit of zero or less removes the limit. */
    public void setWipLimit(Stage stage, int limit) {
        settings.put(wipKey(stage), limit > 0 ? Integer.toString(limit) : "");
    }

    public Swimlanes swimlanes() {
        return settings.get("board.swimlanes").map(Swimlanes::valueOf).orElse(Swimlanes.NONE);
    }

    public void setSwimlanes(Swimlanes swimlanes) {
        settings.put("board.swimlanes", swimlanes.name());
    }

    private static String wipKey(Stage stage) {
        return "board.wip." + stage.name().toLowerCase(Locale.ROOT);
    }
}
