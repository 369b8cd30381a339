package com.mallboard.report.pipeline;

import static com.mallboard.report.pipeline.Moves.product;
import static com.mallboard.report.pipeline.Moves.seoul;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.report.pipeline.CumulativeFlow.Days;
import com.mallboard.report.pipeline.CumulativeFlow.FlowDay;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CumulativeFlowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void anOpenPeriodIsTheLastNinetyDaysAndNoPeriodGoesPastToday() {
        assertThat(Days.of(null, null, TODAY)).isEqualTo(new Days(LocalDate.of(2026, 8, 28), TODAY));
        assertThat(Days.of(null, LocalDate.of(2026, 3, 31), TODAY))
                .isEqualTo(new Days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(Days.of(LocalDate.of(2026, 11, 1), null, TODAY)).isEqualTo(new Days(LocalDate.of(2026, 11, 1), TODAY));
        assertThat(Days.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), TODAY))
                .isEqualTo(new Days(LocalDate.of(2026, 11, 1), TODAY));
        assertThat(Days.of(LocalDate.of(2026, 12, 1), null, TODAY))
                .isEqualTo(new Days(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)));
    }

    @Test
    void anEmptyStoreHasOneRowOfZerosPerDay() {
        List<FlowDay> flow = CumulativeFlow.of(List.of(), List.of(), Days.of(null, null, TODAY));
        assertThat(flow).hasSize(CumulativeFlow.DEFAULT_DAYS);
        assertThat(flow.get(0).day()).isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(flow.get(89).day()).isEqualTo(TODAY);
        assertThat(flow).allSatisfy(day -> assertThat(day.inOrPastByStage()).containsOnly(0L));
    }

    @Test
    void aProductCountsInEveryStageItReachedFromTheKoreanDayItGotThere() {
        Product serum = product(1, Stage.LABELING, seoul("2026-11-04T00:30"), "Anua", null);
        List<MoveRow> moves = ProductMoves.of(new Moves()
                .created(1, Stage.PLANNING, "2026-10-20T09:00")
                .moved(1, Stage.PLANNING, Stage.SOURCING, "2026-11-02T23:30")
                .moved(1, Stage.SOURCING, Stage.LABELING, "2026-11-04T00:30").list(), Map.of(1L, serum));

        List<FlowDay> flow = CumulativeFlow.of(moves, List.of(serum),
                new Days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5)));

        assertThat(flow).extracting(FlowDay::inOrPastByStage).containsExactly(
                List.of(1L, 0L, 0L, 0L, 0L),   // 11-01: planning since before the table
                List.of(1L, 1L, 0L, 0L, 0L),   // 11-02: sourcing at 23:30 Seoul (14:30 UTC), the same Korean day
                List.of(1L, 1L, 0L, 0L, 0L),
                List.of(1L, 1L, 1L, 0L, 0L),   // 11-04: labeling at 00:30 Seoul (still 11-03 in UTC)
                List.of(1L, 1L, 1L, 0L, 0L));
    }

    @Test
    void aProductSentBackCountsOnlyWhereItIsAtTheEndOfTheDay() {
        Product mask = product(1, Stage.SOURCING, seoul("2026-11-03T15:00"), null, null);
        List<MoveRow> moves = ProductMoves.of(new Moves()
                .created(1, Stage.SOURCING, "2026-11-01T09:00")
                .moved(1, Stage.SOURCING, Stage.LABELING, "2026-11-02T09:00")
                .moved(1, Stage.LABELING, Stage.SOURCING, "2026-11-03T10:00")
                .moved(1, Stage.SOURCING, Stage.LABELING, "2026-11-03T11:00")
                .moved(1, Stage.LABELING, Stage.SOURCING, "2026-11-03T15:00").list(), Map.of(1L, mask));

        List<FlowDay> flow = CumulativeFlow.of(moves, List.of(mask),
                new Days(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 4)));

        assertThat(flow).extracting(day -> day.inOrPast(Stage.LABELING)).containsExactly(0L, 0L, 1L, 0L, 0L);
        assertThat(flow).extracting(day -> day.inOrPast(Stage.SOURCING)).containsExactly(0L, 1L, 1L, 1L, 1L);
        assertThat(flow).extracting(day -> day.inOrPast(Stage.PLANNING)).containsExactly(0L, 1L, 1L, 1L, 1L);
    }

    @Test
    void productsAddUpAndOneWithoutHistoryCountsFromItsStageEntry() {
        Product done = product(1, Stage.DONE, seoul("2026-11-02T09:00"), null, null);
        Product noHistory = product(2, Stage.SHIPMENT, seoul("2026-11-03T09:00"), null, null);
        Map<Long, Product> products = new LinkedHashMap<>();
        products.put(1L, done);
        products.put(2L, noHistory);
        List<MoveRow> moves = ProductMoves.of(new Moves()
                .created(1, Stage.SHIPMENT, "2026-11-01T09:00")
                .moved(1, Stage.SHIPMENT, Stage.DONE, "2026-11-02T09:00").list(), products);

        List<FlowDay> flow = CumulativeFlow.of(moves, products.values(),
                new Days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3)));

        assertThat(flow).extracting(FlowDay::inOrPastByStage).containsExactly(
                List.of(1L, 1L, 1L, 1L, 0L),
                List.of(1L, 1L, 1L, 1L, 1L),
                List.of(2L, 2L, 2L, 2L, 1L));
    }
}
