package com.mallboard.product.ui;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.ActivityEntry;
import com.mallboard.product.ProductField;
import com.mallboard.product.ProductService;
import com.mallboard.product.StageMove;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Turns stored stage moves and activity lines into the text the editor's history tables show, newest first. */
public final class HistoryRows {

    /** One stage move: "기획 → 소싱", when, who, why. */
    public record StageRow(String change, String when, String who, String reason) {
    }

    /** One field change: field label, "old → new", when, who. */
    public record ActivityRow(String field, String change, String when, String who) {
    }

    private final Messages messages;
    private final Formats formats;

    HistoryRows(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    List<StageRow> stageRows(List<StageMove> moves) {
        List<StageRow> rows = new ArrayList<>();
        for (StageMove move : moves) {
            String to = messages.get(move.to().messageKey());
            String change = move.from() == null
                    ? messages.get("editor.history.created", to)
                    : messages.get("editor.history.move", messages.get(move.from().messageKey()), to);
            rows.add(new StageRow(change, formats.dateTime(move.movedAt()), orEmpty(move.movedBy()),
                    orEmpty(move.reason())));
        }
        Collections.reverse(rows);
        return rows;
    }

    List<ActivityRow> activityRows(List<ActivityEntry> entries) {
        List<ActivityRow> rows = new ArrayList<>();
        for (ActivityEntry entry : entries) {
            rows.add(new ActivityRow(fieldLabel(entry.field()), change(entry), formats.dateTime(entry.changedAt()),
                    orEmpty(entry.changedBy())));
        }
        Collections.reverse(rows);
        return rows;
    }

    private String fieldLabel(String field) {
        return productField(field)
                .map(f -> messages.get(f.messageKey()))
                .orElseGet(() -> switch (field) {
                    case "TAGS" -> messages.get("field.tags");
                    case "TRASHED" -> messages.get("editor.activity.trashed");
                    case "RESTORED" -> messages.get("editor.activity.restored");
                    case "OPTIONS" -> messages.get("editor.activity.options");
                    case "CHECKLIST", ProductService.REQUIRED_LOG_FIELD -> messages.get("editor.activity.checklist");
                    default -> field;
                });
    }

    private String change(ActivityEntry entry) {
        if (entry.oldValue() == null && entry.newValue() == null) {
            return "";
        }
        if ("CHECKLIST".equals(entry.field())) {
            return messages.get("editor.activity.checklist.done", entry.newValue());
        }
        if (ProductService.REQUIRED_LOG_FIELD.equals(entry.field())) {
            return entry.newValue() != null ? messages.get("editor.plan.activity.marked", entry.newValue())
                    : messages.get("editor.plan.activity.unmarked", entry.oldValue());
        }
        ProductField field = productField(entry.field()).orElse(null);
        return messages.get("editor.activity.change", value(field, entry.oldValue()), value(field, entry.newValue()));
    }

    private String value(ProductField field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return messages.get("editor.activity.empty");
        }
        if (field == ProductField.PRICE || field == ProductField.COST) {
            try {
                return Formats.won(Long.parseLong(stored));
            } catch (NumberFormatException e) {
                return stored;
            }
        }
        return stored;
    }

    private static java.util.Optional<ProductField> productField(String name) {
        return Arrays.stream(ProductField.values()).filter(f -> f.name().equals(name)).findFirst();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
