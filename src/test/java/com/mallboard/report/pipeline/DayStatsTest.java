package com.mallboard.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DayStatsTest {

    @Test
    void noStaysHaveNoFiguresRatherThanZeroDays() {
        assertThat(DayStats.of(List.of())).isEqualTo(new DayStats(0, null, null, null));
    }

    @Test
    void oneStayIsItsOwnAverageMedianAndPercentile() {
        assertThat(DayStats.of(List.of(4.5))).isEqualTo(new DayStats(1, 4.5, 4.5, 4.5));
    }

    @Test
    void percentilesInterpolateLikeExcelsPercentileInc() {
        DayStats stats = DayStats.of(List.of(4.0, 1.0, 3.0, 2.0));
        assertThat(stats.count()).isEqualTo(4);
        assertThat(stats.average()).isEqualTo(2.5);
        assertThat(stats.median()).isEqualTo(2.5);
        // PERCENTILE.INC({1,2,3,4}, 0.85) = 3 + 0.55 × (4 − 3)
        assertThat(stats.percentile85()).isCloseTo(3.55, within(1e-9));
    }

    @Test
    void oneForgottenProductMovesTheAverageButNotTheMedian() {
        DayStats stats = DayStats.of(List.of(2.0, 3.0, 3.0, 4.0, 180.0));
        assertThat(stats.median()).isEqualTo(3.0);
        assertThat(stats.average()).isEqualTo(38.4);
        assertThat(stats.percentile85()).isCloseTo(4.0 + 0.4 * 176.0, within(1e-9));
    }
}
