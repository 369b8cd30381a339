package com.mallboard.sheet;

import java.util.List;

/** A header row and the rows under it. */
public record SheetTable(SheetRow header, List<SheetRow> rows) {

    public SheetTable {
        rows = List.copyOf(rows);
    }

    /** The header's column names, stripped, in column order. */
    public List<String> columns() {
        return header.cells().stream().map(String::strip).toList();
    }

    /** The column whose header is {@code name} (ignoring spaces and case); -1 when there is none. */
    public int columnOf(String name) {
        if (name == null || name.isBlank()) {
            return -1;
        }
        String wanted = comparable(name);
        List<String> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            if (comparable(columns.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** Header names compare without spaces and case: "운송장 번호" is "운송장번호". */
    public static String comparable(String header) {
        return header.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
