package com.mallboard.report.pipeline;

import static com.mallboard.report.pipeline.Moves.product;
import static com.mallboard.report.pipeline.Moves.seoul;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.report.ReportFilter;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.pipeline.CycleTimes.StageCycle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleTimesTest {
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);

    @Test
    void anEmptyStoreHasARowPerStageBeforeDoneWithoutFigures() {
        List<StageCycle> rows = CycleTimes.of(List.of(), at -> true);
        assertThat(rows).extracting(StageCycle::stage)
                .containsExactly(Stage.PLANNING, Stage.SOURCING, Stage.LABELING, Stage.SHIPMENT);
        assertThat(rows).allSatisfy(row -> assertThat(row.days()).isEqualTo(DayStats.NONE));
    }

    @Test
    void daysInTheStageLeftStartAtThePreviousMoveEvenBeforeThePeriod() {
        Product serum = product(1, Stage.SOURCING, seoul("2026-11-04T09:00"), "Anua", null);
        List<MoveRow> rows = ProductMoves.of(new Moves()
                .moved(1, Stage.PLANNING, Stage.SOURCING, "2026-11-04T09:00")
                .created(1, Stage.PLANNING, "2026-10-30T21:00").list(), Map.of(1L, serum));

        assertThat(rows).extracting(MoveRow::daysInLeftStage).containsExactly(null, 4.5);
        List<StageCycle> november = CycleTimes.of(rows, period("2026-11-01", "2026-11-30")::includes);
        assertThat(november.get(0).days()).isEqualTo(new DayStats(1, 4.5, 4.5, 4.5));
    }

    @Test
    void aProductSentBackEndsTwoStaysInTheStageItWorkedTwice() {
        Product toner = product(1, Stage.LABELING, seoul("2026-11-10T09:00"), "Anua", null);
        List<MoveRow> rows = ProductMoves.of(new Moves()
                .created(1, Stage.PLANNING, "2026-11-01T09:00")
                .moved(1, Stage.PLANNING, Stage.SOURCING, "2026-11-03T09:00")
                .moved(1, Stage.SOURCING, Stage.PLANNING, "2026-11-04T09:00")
                .moved(1, Stage.PLANNING, Stage.SOURCING, "2026-11-05T09:00")
                .moved(1, Stage.SOURCING, Stage.LABELING, "2026-11-10T09:00").list(), Map.of(1L, toner));

        List<StageCycle> cycle = CycleTimes.of(rows, at -> true);
        assertThat(cycle.get(0).days()).isEqualTo(DayStats.of(List.of(2.0, 1.0)));
        assertThat(cycle.get(1).days()).isEqualTo(DayStats.of(List.of(1.0, 5.0)));
        assertThat(cycle.get(2).days()).isEqualTo(DayStats.NONE);
    }

    @Test
    void theFirstAndLastKoreanDayOfThePeriodAreIncludedAndTheDaysAroundThemAreNot() {
        Moves moves = new Moves();
        String[] leftAt = {"2026-10-31T23:59", "2026-11-01T00:00", "2026-11-30T23:59", "2026-12-01T00:00"};
        Map<Long, Product> products = new java.util.LinkedHashMap<>();
        for (int i = 0; i < leftAt.length; i++) {
            long id = i + 1;
            products.put(id, product(id, Stage.SOURCING, seoul(leftAt[i]), null, null));
            moves.created(id, Stage.PLANNING, "2026-10-01T00:00").moved(id, Stage.PLANNING, Stage.SOURCING, leftAt[i]);
        }
        List<MoveRow> rows = ProductMoves.of(moves.list(), products);

        assertThat(CycleTimes.of(rows, period("2026-11-01", "2026-11-30")::includes).get(0).days().count())
                .isEqualTo(2);
        assertThat(CycleTimes.of(rows, period(null, "2026-11-30")::includes).get(0).days().count()).isEqualTo(3);
    }

    @Test
    void movesOfProductsTheReportLeavesOutAreDropped() {
        Product kept = product(1, Stage.SOURCING, seoul("2026-11-02T09:00"), "Anua", null);
        List<MoveRow> rows = ProductMoves.of(new Moves()
                .created(1, Stage.PLANNING, "2026-11-01T09:00")
                .created(2, Stage.PLANNING, "2026-11-01T09:00")
                .moved(2, Stage.PLANNING, Stage.SOURCING, "2026-11-01T10:00")
                .moved(1, Stage.PLANNING, Stage.SOURCING, "2026-11-02T09:00").list(), Map.of(1L, kept));

        assertThat(rows).extracting(row -> row.product().id()).containsOnly(1L);
        assertThat(CycleTimes.of(rows, at -> true).get(0).days()).isEqualTo(new DayStats(1, 1.0, 1.0, 1.0));
    }

    private static ReportRequest period(String from, String to) {
        return new ReportRequest(ENGLISH, from == null ? null : LocalDate.parse(from), LocalDate.parse(to),
                ReportFilter.NONE, false);
    }
}
