package com.mallboard.product.importing.ui;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.ProductField;
import com.mallboard.product.importing.CellProblem;
import com.mallboard.product.importing.FieldChange;
import com.mallboard.product.importing.ImportRow;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How the preview words a row: its action, what an update changes, and a cell's problem. */
final class ImportRowText {
    private static final Set<String> MONEY_KEYS = Set.of(ProductField.PRICE.messageKey(),
            ProductField.COST.messageKey());
    private final Messages messages;

    ImportRowText(Messages messages) {
        this.messages = messages;
    }

    String action(ImportRow row) {
        if (!row.valid()) {
            return messages.get("import.screen.action.problem");
        }
        return messages.get("import.screen.action." + row.kind().name().toLowerCase(Locale.ROOT));
    }

    /**
     * "목표 판매가: ₩25,000 → ₩28,000; 태그: summer → summer, 신상" for an update; "시작 단계: 라벨링" for an insert; the problems
     * for a bad row.
     */
    String changes(ImportRow row) {
        if (!row.valid()) {
            return row.problems().stream().map(this::problem).collect(Collectors.joining(" · "));
        }
        if (row.kind() == ImportRow.Kind.INSERT) {
            return messages.get("import.screen.insert.stage", messages.get(row.stage().messageKey()));
        }
        return row.changes().stream().map(this::change).collect(Collectors.joining("; "));
    }

    String change(FieldChange change) {
        boolean money = MONEY_KEYS.contains(change.fieldKey());
        return messages.get("import.screen.change", messages.get(change.fieldKey()), shown(change.oldValue(), money),
                shown(change.newValue(), money));
    }

    String problem(CellProblem problem) {
        return messages.get(problem.messageKey(), problem.args());
    }

    /** "D3 · 목표 판매가" for a cell under that header, "3" for a field the sheet has no column for. */
    static String cell(CellProblem problem, java.util.List<String> headers) {
        if (problem.column() == null) {
            return Integer.toString(problem.row());
        }
        int index = 0;
        for (char letter : problem.column().toCharArray()) {
            index = index * 26 + (letter - 'A' + 1);
        }
        String header = index - 1 < headers.size() ? headers.get(index - 1) : "";
        return problem.column() + problem.row() + (header.isBlank() ? "" : " · " + header);
    }

    /** Won amounts read as the editor shows them (₩28,000), other values as they are stored. */
    private String shown(String value, boolean money) {
        if (value == null || value.isEmpty()) {
            return messages.get("import.screen.empty");
        }
        return money && value.chars().allMatch(Character::isDigit) ? Formats.won(Long.parseLong(value)) : value;
    }
}
