package com.mallboard.sheet;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which sheet of a workbook holds the table, and how many rows one read may take. The table is on the first sheet
 * whose first non-blank row {@code isHeader} accepts (a template's instructions sheet, or a summary sheet in front of
 * the product list, is passed over); CSV has one table and is always taken. Reading stops with
 * {@code sheet.error.too.many.rows} as soon as the table has more than {@code maxRows} rows under its header.
 */
public record TableSearch(Predicate<List<String>> isHeader, int maxRows) {
    /** Enough for any courier file or season; the usermodel of the xls path and the preview both grow with rows. */
    public static final int DEFAULT_MAX_ROWS = 100_000;
    public static final TableSearch FIRST_SHEET = firstSheet(DEFAULT_MAX_ROWS);

    public TableSearch {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows " + maxRows);
        }
    }

    /** The first sheet, whatever its header. */
    public static TableSearch firstSheet(int maxRows) {
        return new TableSearch(header -> true, maxRows);
    }
}
