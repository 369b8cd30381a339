package com.mallboard.report.pipeline;

import com.mallboard.common.Formats;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cumulative-flow table: for each Korean calendar day of the period and each stage, how many products were in
 * that stage or a later one at the end of the day. The line of a stage is then how many products ever got that far
 * (less those sent back), and the gap between two lines is the work in the earlier stage. A product counts from the
 * day it was created; a product sent back counts in the stage it was sent back to from that day on.
 */
public final class CumulativeFlow {
    /** Days shown when the period is open at the start. */
    public static final int DEFAULT_DAYS = 90;

    /** One row: the day and, per stage in board order, the products in or past it at the end of that day. */
    public record FlowDay(LocalDate day, List<Long> inOrPastByStage) {
        public FlowDay {
            inOrPastByStage = List.copyOf(inOrPastByStage);
        }

        public long inOrPast(Stage stage) {
            return inOrPastByStage.get(stage.ordinal());
        }
    }

    /** The days the table covers, both included. */
    public record Days(LocalDate first, LocalDate last) {

        /**
         * The report's period ({@code null} = open), never past {@code today} (the days to come have no flow yet); an
         * open start is {@link #DEFAULT_DAYS} days back from the end. A period that starts after today is its first day.
         */
        public static Days of(LocalDate from, LocalDate to, LocalDate today) {
            LocalDate last = to != null && to.isBefore(today) ? to : today;
            LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1L);
            return new Days(first, last.isBefore(first) ? first : last);
        }

        int count() {
            return (int) ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    private CumulativeFlow() {
    }

    /**
     * {@code moves} grouped by product, each product's in time order (as {@link ProductMoves#of} gives them); a product
     * of {@code products} without any recorded move is taken as having entered its stage at its stage entry.
     */
    public static List<FlowDay> of(List<MoveRow> moves, Collection<Product> products, Days days) {
        int count = days.count();
        long[][] change = new long[Stage.values().length][count + 1];
        Map<Long, List<MoveRow>> byProduct = new HashMap<>();
        for (MoveRow row : moves) {
            byProduct.computeIfAbsent(row.product().id(), id -> new ArrayList<>()).add(row);
        }
        for (Product product : products) {
            List<MoveRow> own = byProduct.get(product.id());
            if (own == null) {
                addStay(change, product.stage(), dayIndex(product.stageEnteredAt(), days), count);
                continue;
            }
            for (int i = 0; i < own.size(); i++) {
                long start = dayIndex(own.get(i).move().movedAt(), days);
                long end = i + 1 < own.size() ? dayIndex(own.get(i + 1).move().movedAt(), days) : count;
                addStay(change, own.get(i).move().to(), start, Math.min(end, count));
            }
        }
        return rows(change, days);
    }

    /** The stage holds at the end of days {@code start} (included) to {@code end} (excluded), clipped to the table. */
    private static void addStay(long[][] change, Stage stage, long start, long end) {
        int from = (int) Math.max(0, start);
        int to = (int) Math.min(change[0].length - 1L, Math.max(from, end));
        if (from < to) {
            change[stage.ordinal()][from]++;
            change[stage.ordinal()][to]--;
        }
    }

    private static List<FlowDay> rows(long[][] change, Days days) {
        Stage[] stages = Stage.values();
        long[] inStage = new long[stages.length];
        List<FlowDay> rows = new ArrayList<>();
        for (int day = 0; day < days.count(); day++) {
            List<Long> inOrPast = new ArrayList<>(stages.length);
            long past = 0;
            for (int s = stages.length - 1; s >= 0; s--) {
                inStage[s] += change[s][day];
                past += inStage[s];
                inOrPast.add(0, past);
            }
            rows.add(new FlowDay(days.first().plusDays(day), inOrPast));
        }
        return rows;
    }

    /** Index of the Korean day of {@code at} from the table's first day (negative before it). */
    private static long dayIndex(Instant at, Days days) {
        return ChronoUnit.DAYS.between(days.first(), at.atZone(Formats.SEOUL).toLocalDate());
    }
}
