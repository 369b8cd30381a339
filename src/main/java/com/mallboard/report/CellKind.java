package com.mallboard.report;

/** How a column's values are stored in the workbook: as real Excel types, so sums, sorts and filters work. */
public enum CellKind {
    /** Plain text. */
    TEXT,
    /** A whole number shown with thousands separators. */
    NUMBER,
    /** A number with one decimal, such as average days in a stage. */
    DECIMAL,
    /** Whole won, shown as {@code ₩12,000}. */
    CURRENCY,
    /** A calendar date (a {@code LocalDate}), stored as an Excel date shown {@code yyyy-mm-dd}. */
    DATE
}
