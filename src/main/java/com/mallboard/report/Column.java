package com.mallboard.report;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an exported table: its header text (already in the user's language), its cell kind and how to read
 * its value from a row; a {@code null} value leaves the cell empty.
 */
public record Column<T>(String header, CellKind kind, Function<T, ?> value) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
