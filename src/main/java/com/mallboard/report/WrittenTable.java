package com.mallboard.report;

import java.util.Collection;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/** A table already in a {@link ReportWorkbook}: where it is and what it holds, so a chart can be drawn from it. */
public final class WrittenTable<T> {
    private final Sheet sheet;
    private final List<Column<T>> columns;
    private final Collection<? extends T> rows;

    WrittenTable(Sheet sheet, List<Column<T>> columns, Collection<? extends T> rows) {
        this.sheet = sheet;
        this.columns = columns;
        this.rows = rows;
    }

    Sheet sheet() {
        return sheet;
    }

    List<Column<T>> columns() {
        return columns;
    }

    Collection<? extends T> rows() {
        return rows;
    }

    /** The sheet's name as Excel shows it. */
    public String sheetName() {
        return sheet.getSheetName();
    }

    public int rowCount() {
        return rows.size();
    }

    /** The same table cut to its first {@code count} rows, to chart only the top of a table sorted by size. */
    public WrittenTable<T> firstRows(int count) {
        return new WrittenTable<>(sheet, columns, rows.stream().limit(count).toList());
    }
}
