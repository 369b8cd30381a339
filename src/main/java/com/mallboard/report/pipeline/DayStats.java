package com.mallboard.report.pipeline;

import java.util.Arrays;
import java.util.Collection;

/**
 * How many stays and how long they took, in days: average, median and 85th percentile. Percentiles interpolate
 * between the two nearest stays like Excel's {@code PERCENTILE.INC}, so a manager who checks them in Excel gets the
 * same numbers. With no stays the figures are {@code null} (an empty cell), not zero.
 */
public record DayStats(long count, Double average, Double median, Double percentile85) {
    public static final DayStats NONE = new DayStats(0, null, null, null);

    public static DayStats of(Collection<Double> days) {
        if (days.isEmpty()) {
            return NONE;
        }
        double[] sorted = days.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double sum = 0;
        for (double day : sorted) {
            sum += day;
        }
        return new DayStats(sorted.length, sum / sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.85));
    }

    /** {@code PERCENTILE.INC} of sorted, non-empty values, {@code p} from 0 to 1. */
    static double percentile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
