package com.mallboard.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers one sheet's rows for a {@link TableSearch}: turns the sheet down when its first non-blank row is not the
 * header sought, and stops the read when the table outgrows the row limit.
 */
final class RowCollector {
    private final String sheetName;
    private final TableSearch search;
    private final boolean anyHeader;
    private final List<SheetRow> rows = new ArrayList<>();
    private boolean rejected;

    RowCollector(String sheetName, TableSearch search, boolean anyHeader) {
        this.sheetName = sheetName;
        this.search = search;
        this.anyHeader = anyHeader;
    }

    /** Takes a row; false once the sheet is turned down, so the reader can stop reading it. */
    boolean add(SheetRow row) {
        if (rejected) {
            return false;
        }
        if (row.blank()) {
            return true;
        }
        if (rows.isEmpty() && !anyHeader && !search.isHeader().test(row.cells())) {
            rejected = true;
            return false;
        }
        if (rows.size() > search.maxRows()) {
            throw new SheetException("sheet.error.too.many.rows", null, search.maxRows());
        }
        rows.add(row);
        return true;
    }

    /** Whether this sheet holds the table: its header was accepted (an empty sheet holds none). */
    boolean found() {
        return !rejected && !rows.isEmpty();
    }

    /** Whether the sheet had rows but not the header sought. */
    boolean rejected() {
        return rejected;
    }

    Sheet sheet() {
        return new Sheet(sheetName, rows);
    }
}
