package com.mallboard.product.importing;

import java.util.List;

/** Every row of an import file validated, before anything is written; {@code ignoredColumns} matched no field. */
public record ImportPreview(List<ImportRow> rows, List<String> ignoredColumns) {

    public ImportPreview {
        rows = List.copyOf(rows);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    public List<CellProblem> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }

    public boolean hasProblems() {
        return rows.stream().anyMatch(r -> !r.valid());
    }

    public long count(ImportRow.Kind kind) {
        return rows.stream().filter(r -> r.valid() && r.kind() == kind).count();
    }
}
