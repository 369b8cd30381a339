package com.mallboard.suggest.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StageDurationsTest {
    private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");

    private final List<RecordedMove> moves = new ArrayList<>();

    /** A product entering each stage in turn, spending the given days in each; the last stage is where it is now. */
    private void walk(long productId, Object... stagesAndDays) {
        Instant at = START;
        for (int i = 0; i < stagesAndDays.length; i += 2) {
            moves.add(new RecordedMove(productId, (Stage) stagesAndDays[i], at));
            if (i + 1 < stagesAndDays.length) {
                at = at.plus(Duration.ofHours(Math.round((double) stagesAndDays[i + 1] * 24)));
            }
        }
    }

    @Test
    void theTypicalDurationIsTheMedianSoOneForgottenProductDoesNotMoveIt() {
        double[] sourcingDays = {9, 10, 11, 12, 180};
        for (int i = 0; i < sourcingDays.length; i++) {
            walk(i + 1, Stage.SOURCING, sourcingDays[i], Stage.LABELING);
        }

        StageDuration sourcing = StageDurations.from(moves).of(Stage.SOURCING);

        assertThat(sourcing).isEqualTo(new StageDuration(11, 5, false));
    }

    @Test
    void anEvenNumberOfStaysTakesTheMiddleTwoAndRoundsToWholeDays() {
        double[] labelingDays = {2, 4, 5, 6, 8, 30};
        for (int i = 0; i < labelingDays.length; i++) {
            walk(i + 1, Stage.LABELING, labelingDays[i], Stage.SHIPMENT);
        }

        assertThat(StageDurations.from(moves).of(Stage.LABELING).days()).isEqualTo(6);
        assertThat(StageDurations.median(List.of(4.0, 5.0))).isEqualTo(4.5);
    }

    @Test
    void aStageWithFewerThanFiveFinishedStaysUsesTheDefaultAndSaysSo() {
        for (int i = 1; i <= 4; i++) {
            walk(i, Stage.PLANNING, 3.0, Stage.SOURCING, 20.0, Stage.LABELING);
        }
        walk(5, Stage.PLANNING, 3.0, Stage.SOURCING);

        StageDurations durations = StageDurations.from(moves);

        assertThat(durations.of(Stage.PLANNING)).isEqualTo(new StageDuration(3, 5, false));
        assertThat(durations.of(Stage.SOURCING)).as("product 5 is still sourcing: its stay is not finished")
                .isEqualTo(new StageDuration(14, 4, true));
        assertThat(durations.of(Stage.LABELING)).isEqualTo(new StageDuration(7, 0, true));
        assertThat(StageDurations.defaults().of(Stage.SOURCING)).isEqualTo(new StageDuration(14, 0, true));
    }

    @Test
    void aProductSentBackCountsEveryVisitToAStageAsItsOneStay() {
        for (int i = 1; i <= 4; i++) {
            walk(i, Stage.SOURCING, 10.0, Stage.LABELING, 5.0, Stage.SHIPMENT);
        }
        // 6 days sourcing, 2 labeling, back to sourcing for 8 more, 3 labeling: 14 sourcing and 5 labeling in all
        walk(5, Stage.SOURCING, 6.0, Stage.LABELING, 2.0, Stage.SOURCING, 8.0, Stage.LABELING, 3.0, Stage.SHIPMENT);
        // sent back and not past sourcing again yet: its sourcing time is unfinished and left out
        walk(6, Stage.SOURCING, 1.0, Stage.LABELING, 1.0, Stage.SOURCING);

        StageDurations durations = StageDurations.from(moves);

        assertThat(durations.of(Stage.SOURCING)).isEqualTo(new StageDuration(10, 5, false));
        assertThat(durations.of(Stage.LABELING)).isEqualTo(new StageDuration(5, 5, false));
    }

    @Test
    void movesInAnyOrderAreSortedByProductAndTimeFirst() {
        for (int i = 1; i <= 5; i++) {
            walk(i, Stage.PLANNING, 2.0, Stage.SOURCING, 9.0, Stage.LABELING);
        }
        StageDurations inOrder = StageDurations.from(moves);
        Collections.shuffle(moves, new Random(7));

        StageDurations shuffled = StageDurations.from(moves);

        assertThat(shuffled.of(Stage.SOURCING)).isEqualTo(inOrder.of(Stage.SOURCING))
                .isEqualTo(new StageDuration(9, 5, false));
        assertThat(shuffled.of(Stage.PLANNING)).isEqualTo(new StageDuration(2, 5, false));
    }

    @Test
    void aStayShorterThanHalfADayStillCountsAsOneDay() {
        for (int i = 1; i <= 5; i++) {
            walk(i, Stage.PLANNING, 0.1, Stage.SOURCING);
        }

        assertThat(StageDurations.from(moves).of(Stage.PLANNING).days()).isEqualTo(1);
    }
}
