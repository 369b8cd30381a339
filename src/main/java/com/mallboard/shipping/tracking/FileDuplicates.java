package com.mallboard.shipping.tracking;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rows of one file that ship the same order (or order line) twice. With the same number the first row stands and
 * the others are duplicates; with different numbers nobody can tell which is right, so every one of them is refused.
 */
final class FileDuplicates {
    private FileDuplicates() {
    }

    /** The refused rows by sheet row number. */
    static Map<Integer, ImportRow> find(List<SheetLine> lines) {
        Map<String, List<SheetLine>> byKey = lines.stream().filter(l -> !l.orderId().isEmpty())
                .collect(Collectors.groupingBy(SheetLine::key, LinkedHashMap::new, Collectors.toList()));
        Map<Integer, ImportRow> refused = new HashMap<>();
        for (List<SheetLine> same : byKey.values()) {
            if (same.size() < 2) {
                continue;
            }
            boolean oneNumber = same.stream().map(SheetLine::trackingNo).distinct().count() == 1;
            String rows = same.stream().map(l -> Integer.toString(l.sheetRow())).collect(Collectors.joining(", "));
            for (int i = oneNumber ? 1 : 0; i < same.size(); i++) {
                SheetLine line = same.get(i);
                refused.put(line.sheetRow(), ImportRow.refused(line.sheetRow(), line.orderId(), line.trackingNo(),
                        oneNumber ? RowProblem.DUPLICATE_ROW : RowProblem.CONFLICTING_ROWS,
                        oneNumber ? Integer.toString(same.get(0).sheetRow()) : rows));
            }
        }
        return refused;
    }
}
