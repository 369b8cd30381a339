package com.mallboard.report.pipeline;

import com.mallboard.product.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Cycle time per stage: the stays that ended in the period (a move out of the stage, forwards or back), with their
 * count, average, median and 85th percentile days. Each visit is a stay of its own: a product sent back to sourcing
 * and moved on again ends two sourcing stays. {@link Stage#DONE} is left out: leaving it is a reopening, not a cycle.
 */
public final class CycleTimes {

    /** One row of the cycle-time table. */
    public record StageCycle(Stage stage, DayStats days) {
    }

    private CycleTimes() {
    }

    public static List<StageCycle> of(List<MoveRow> moves, Predicate<Instant> inPeriod) {
        Map<Stage, List<Double>> stays = completedStays(moves, inPeriod);
        List<StageCycle> rows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage != Stage.DONE) {
                rows.add(new StageCycle(stage, DayStats.of(stays.get(stage))));
            }
        }
        return rows;
    }

    /** The days of every stay that ended in the period, by the stage left. */
    static Map<Stage, List<Double>> completedStays(List<MoveRow> moves, Predicate<Instant> inPeriod) {
        Map<Stage, List<Double>> stays = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stays.put(stage, new ArrayList<>());
        }
        for (MoveRow row : moves) {
            if (row.endsStay() && inPeriod.test(row.move().movedAt())) {
                stays.get(row.move().from()).add(row.daysInLeftStage());
            }
        }
        return stays;
    }
}
