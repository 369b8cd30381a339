package com.mallboard.board;

import com.mallboard.common.SettingsRepository;
import com.mallboard.product.Stage;
import java.util.Locale;
import java.util.OptionalInt;

/** Per-column WIP limits and the swimlane choice, remembered between sessions. */
public class BoardSettings {
    public static final int MAX_WIP_LIMIT = 9999;
    private final SettingsRepository settings;

    public BoardSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    public OptionalInt wipLimit(Stage stage) {
        // A value this version cannot read (hand-edited, or from another version) means "no limit", not a crash.
        return settings.get(wipKey(stage))
                .filter(v -> v.strip().matches("[1-9][0-9]{0,8}"))
                .map(v -> OptionalInt.of(Integer.parseInt(v.strip())))
                .orElse(OptionalInt.empty());
    }

    /**
     * A limit as typed: empty or 0 for no limit, else a whole number up to {@value #MAX_WIP_LIMIT}; empty when the
     * text is none of these (the caller says so and keeps the limit it had).
     */
    public static OptionalInt parseWipLimit(String typed) {
        String digits = typed == null ? "" : typed.strip();
        if (digits.isEmpty()) {
            return OptionalInt.of(0);
        }
        if (!digits.matches("[0-9]{1,5}") || Integer.parseInt(digits) > MAX_WIP_LIMIT) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }

    /** A limit of zero or less removes the limit. */
    public void setWipLimit(Stage stage, int limit) {
        settings.put(wipKey(stage), limit > 0 ? Integer.toString(limit) : "");
    }

    public Swimlanes swimlanes() {
        String stored = settings.get("board.swimlanes").orElse("");
        return java.util.Arrays.stream(Swimlanes.values()).filter(s -> s.name().equals(stored)).findFirst()
                .orElse(Swimlanes.NONE);
    }

    public void setSwimlanes(Swimlanes swimlanes) {
        settings.put("board.swimlanes", swimlanes.name());
    }

    private static String wipKey(Stage stage) {
        return "board.wip." + stage.name().toLowerCase(Locale.ROOT);
    }
}
