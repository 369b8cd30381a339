package com.mallboard.sheet;

import java.util.List;

/**
 * A tabular file read as text: its non-blank rows in order, each with its row number. {@code name} is the
 * workbook sheet's name ("" for CSV), so messages can say where a problem is.
 */
public record Sheet(String name, List<SheetRow> rows) {
    /** Header row "the first non-blank row". */
    public static final int FIRST_ROW = 0;

    public Sheet {
        rows = rows.stream().filter(r -> !r.blank()).toList();
    }

    public Sheet(List<SheetRow> rows) {
        this("", rows);
    }

    /**
     * The rows under a header: {@code headerRow} is the row number as Excel shows it, or {@link #FIRST_ROW} for the
     * first non-blank row (courier exports sometimes put a title line above the header).
     */
    public SheetTable table(int headerRow) {
        if (rows.isEmpty()) {
            throw new SheetException("sheet.error.empty", null);
        }
        int index = 0;
        if (headerRow != FIRST_ROW) {
            index = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).number() == headerRow) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new SheetException("sheet.error.header.missing", null, headerRow);
            }
        }
        return new SheetTable(rows.get(index), rows.subList(index + 1, rows.size()));
    }
}
