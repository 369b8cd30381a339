package com.mallboard.report;

import java.util.List;
import java.util.Objects;

/**
 * A native chart of a written table: {@code categoryColumn} along the bottom (text or dates), one series per
 * {@code valueColumns} entry (number columns), titled {@code title} in the user's language.
 */
public record ChartSpec(Kind kind, String title, int categoryColumn, List<Integer> valueColumns) {

    /**
     * Bars for counts per category (stage counts, cycle time per stage), lines for values over days, stacked areas
     * for parts of a whole over days (a cumulative flow diagram).
     */
    public enum Kind { BAR, LINE, STACKED_AREA }

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        valueColumns = List.copyOf(valueColumns);
        if (valueColumns.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one value column");
        }
    }
}
