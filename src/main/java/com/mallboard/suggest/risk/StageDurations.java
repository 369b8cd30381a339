package com.mallboard.suggest.risk;

import com.mallboard.product.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Typical days per stage, learned from the stage history: the median of the products' stays, so one product
 * forgotten for half a year does not move it. A product's stay in a stage counts once it has moved past that stage
 * (its latest stage is a later one), and it is the sum of all its visits there: a product sent back from labeling to
 * sourcing spent both sourcing visits, and that rework is part of how long sourcing really takes. Stays still going
 * on are left out (they are not finished). A stage learned from fewer than {@link #MIN_VISITS} products uses
 * {@link #DEFAULT_DAYS} instead.
 */
public final class StageDurations {
    public static final int MIN_VISITS = 5;
    /** What a stage takes when the history cannot tell yet: a beauty launch's usual planning, sourcing, labeling. */
    static final Map<Stage, Integer> DEFAULT_DAYS = Map.of(Stage.PLANNING, 7, Stage.SOURCING, 14, Stage.LABELING, 7,
            Stage.SHIPMENT, 5, Stage.DONE, 0);
    private static final double DAY_MILLIS = Duration.ofDays(1).toMillis();

    private final Map<Stage, StageDuration> typical;

    private StageDurations(Map<Stage, StageDuration> typical) {
        this.typical = typical;
    }

    /** No history at all: the defaults for every stage. */
    public static StageDurations defaults() {
        return from(List.of());
    }

    /**
     * Learns from {@code moves} in any order: they are grouped by product and put in time order here (moves at the
     * same instant keep their given order).
     */
    public static StageDurations from(List<RecordedMove> history) {
        List<RecordedMove> moves = new ArrayList<>(history);
        moves.sort(Comparator.comparingLong(RecordedMove::productId).thenComparing(RecordedMove::enteredAt));
        Map<Stage, List<Double>> stays = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stays.put(stage, new ArrayList<>());
        }
        int start = 0;
        while (start < moves.size()) {
            int end = start;
            while (end < moves.size() && moves.get(end).productId() == moves.get(start).productId()) {
                end++;
            }
            addStaysOfOneProduct(moves.subList(start, end), stays);
            start = end;
        }
        Map<Stage, StageDuration> typical = new EnumMap<>(Stage.class);
        stays.forEach((stage, days) -> typical.put(stage, typicalOf(stage, days)));
        return new StageDurations(typical);
    }

    public StageDuration of(Stage stage) {
        return typical.get(stage);
    }

    private static void addStaysOfOneProduct(List<RecordedMove> moves, Map<Stage, List<Double>> stays) {
        Stage latest = moves.get(moves.size() - 1).stage();
        double[] daysIn = new double[Stage.values().length];
        boolean[] visited = new boolean[daysIn.length];
        for (int i = 0; i + 1 < moves.size(); i++) {
            Instant entered = moves.get(i).enteredAt();
            Instant left = moves.get(i + 1).enteredAt();
            int stage = moves.get(i).stage().ordinal();
            daysIn[stage] += Math.max(0, left.toEpochMilli() - entered.toEpochMilli()) / DAY_MILLIS;
            visited[stage] = true;
        }
        for (Stage stage : Stage.values()) {
            if (visited[stage.ordinal()] && stage.isBefore(latest)) {
                stays.get(stage).add(daysIn[stage.ordinal()]);
            }
        }
    }

    private static StageDuration typicalOf(Stage stage, List<Double> stays) {
        if (stays.size() < MIN_VISITS) {
            return new StageDuration(DEFAULT_DAYS.get(stage), stays.size(), true);
        }
        return new StageDuration((int) Math.max(1, Math.round(median(stays))), stays.size(), false);
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    @Override
    public String toString() {
        return typical.toString();
    }
}
