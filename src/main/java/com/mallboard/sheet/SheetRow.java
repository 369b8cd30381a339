package com.mallboard.sheet;

import java.util.List;

/**
 * One row of a spreadsheet as text. {@code number} is the row number the user sees in Excel (1-based, the header
 * row included), so an error message can point at it.
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in {@code column} (0-based), stripped; empty when the row is shorter. */
    public String cell(int column) {
        return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
