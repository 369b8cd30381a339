package com.mallboard.shipping.tracking;

import java.util.List;

/** What importing the file would do, row by row, for the chosen courier and columns. */
public record ImportPreview(Courier courier, ColumnMapping mapping, List<ImportRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public List<ImportRow> validRows() {
        return rows.stream().filter(ImportRow::valid).toList();
    }

    public long errorCount() {
        return rows.stream().filter(r -> !r.valid()).count();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
