package com.mallboard.sheet;

import java.util.List;
import java.util.Map;

/**
 * One row of a spreadsheet as text. {@code number} is the row number the user sees in Excel (1-based, the header
 * row included), so an error message can point at it. {@code faults} holds, by 0-based column, the cells whose text
 * is not a value (a formula error, a formula never calculated); their text is the error or empty.
 */
public record SheetRow(int number, List<String> cells, Map<Integer, CellFault> faults) {

    public SheetRow {
        cells = List.copyOf(cells);
        faults = Map.copyOf(faults);
    }

    public SheetRow(int number, List<String> cells) {
        this(number, cells, Map.of());
    }

    /** The cell in {@code column} (0-based), stripped; empty when the row is shorter. */
    public String cell(int column) {
        return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
    }

    /** The fault of the cell in {@code column}, or null when its text is its value. */
    public CellFault fault(int column) {
        return faults.get(column);
    }

    public boolean blank() {
        return faults.isEmpty() && cells.stream().allMatch(String::isBlank);
    }
}
