package com.mallboard.report.pipeline;

import static com.mallboard.report.pipeline.Moves.product;
import static com.mallboard.report.pipeline.Moves.seoul;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.report.pipeline.PipelineFigures.GroupRow;
import com.mallboard.report.pipeline.PipelineFigures.ProductAlert;
import com.mallboard.report.pipeline.PipelineFigures.StageRow;
import com.mallboard.suggest.risk.LaunchRisk;
import com.mallboard.suggest.risk.RiskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineFiguresTest {
    private static final Instant NOW = seoul("2026-11-25T09:00");
    private static final LaunchRisk AT_RISK = new LaunchRisk(RiskStatus.AT_RISK, LocalDate.of(2026, 12, 1), false, 6,
            List.of());
    private static final LaunchRisk LATE = new LaunchRisk(RiskStatus.LATE, LocalDate.of(2026, 11, 20), false, -5,
            List.of());
    private static final LaunchRisk ON_TRACK = new LaunchRisk(RiskStatus.ON_TRACK, LocalDate.of(2027, 3, 1), false,
            96, List.of());

    @Test
    void anEmptyStoreHasEveryStageWithNothingInIt() {
        PipelineFigures figures = PipelineFigures.of(new PipelineFigures.Inputs(List.of(), List.of(), at -> true, NOW,
                Map.of(Stage.SOURCING, 10), Map.of(), Map.of()));

        assertThat(figures.stages()).extracting(StageRow::stage).containsExactly(Stage.values());
        assertThat(figures.stages().get(1)).isEqualTo(new StageRow(Stage.SOURCING, 0, 10, DayStats.NONE, 0, 0));
        assertThat(figures.brands()).isEmpty();
        assertThat(figures.influencers()).isEmpty();
        assertThat(figures.alerts()).isEmpty();
    }

    @Test
    void daysInAStageAreTheCurrentStaysAndTheStaysThatEndedInThePeriod() {
        Product there = product(1, Stage.SOURCING, seoul("2026-11-21T09:00"), "Anua", "소라");
        Product movedOn = product(2, Stage.LABELING, seoul("2026-11-20T09:00"), "Anua", "소라");
        Product movedLongAgo = product(3, Stage.LABELING, seoul("2026-09-01T09:00"), "Anua", null);
        Map<Long, Product> products = map(there, movedOn, movedLongAgo);
        List<MoveRow> moves = ProductMoves.of(new Moves()
                .created(1, Stage.SOURCING, "2026-11-21T09:00")
                .created(2, Stage.SOURCING, "2026-11-10T09:00")
                .moved(2, Stage.SOURCING, Stage.LABELING, "2026-11-20T09:00")
                .created(3, Stage.SOURCING, "2026-08-01T09:00")
                .moved(3, Stage.SOURCING, Stage.LABELING, "2026-09-01T09:00").list(), products);
        Instant periodStart = seoul("2026-11-01T00:00");

        PipelineFigures figures = PipelineFigures.of(new PipelineFigures.Inputs(List.copyOf(products.values()), moves,
                at -> !at.isBefore(periodStart), NOW, Map.of(), Map.of(), Map.of()));

        StageRow sourcing = figures.stages().get(Stage.SOURCING.ordinal());
        assertThat(sourcing.products()).isEqualTo(1);
        assertThat(sourcing.wipLimit()).isNull();
        assertThat(sourcing.days()).isEqualTo(DayStats.of(List.of(4.0, 10.0))); // now 4 days there; 10 days, moved on
        StageRow labeling = figures.stages().get(Stage.LABELING.ordinal());
        assertThat(labeling.products()).isEqualTo(2);
        assertThat(labeling.days()).isEqualTo(DayStats.of(List.of(5.0, 85.0)));
    }

    @Test
    void doneCountsProductsButHasNoDays() {
        Product done = product(1, Stage.DONE, seoul("2026-10-01T09:00"), null, null);
        PipelineFigures figures = PipelineFigures.of(new PipelineFigures.Inputs(List.of(done), List.of(), at -> true,
                NOW, Map.of(), Map.of(), Map.of()));

        StageRow row = figures.stages().get(Stage.DONE.ordinal());
        assertThat(row.products()).isEqualTo(1);
        assertThat(row.days()).isEqualTo(DayStats.NONE);
    }

    @Test
    void brandsAndInfluencersCountPerStageWithOverdueActionsAndRisksAndTheUnnamedLast() {
        Product a = product(1, Stage.PLANNING, NOW, "Anua", "소라");
        Product b = product(2, Stage.SOURCING, NOW, "Anua", null);
        Product c = product(3, Stage.SOURCING, NOW, " Round Lab ", "소라");
        Product d = product(4, Stage.LABELING, NOW, null, "민지");
        Map<Long, Product> products = map(a, b, c, d);

        PipelineFigures figures = PipelineFigures.of(new PipelineFigures.Inputs(List.copyOf(products.values()),
                List.of(), at -> true, NOW, Map.of(), Map.of(1L, 2, 3L, 1), Map.of(2L, AT_RISK, 3L, LATE)));

        assertThat(figures.brands()).containsExactly(
                new GroupRow("Anua", List.of(1L, 1L, 0L, 0L, 0L), 2, 2, 1),
                new GroupRow("Round Lab", List.of(0L, 1L, 0L, 0L, 0L), 1, 1, 0),
                new GroupRow(null, List.of(0L, 0L, 1L, 0L, 0L), 1, 0, 0));
        assertThat(figures.influencers()).extracting(GroupRow::name).containsExactly("소라", "민지", null);
        assertThat(figures.stages().get(Stage.SOURCING.ordinal()).overdueActions()).isEqualTo(1);
        assertThat(figures.stages().get(Stage.SOURCING.ordinal()).atRisk()).isEqualTo(1);
    }

    @Test
    void theAlertsAreProductsAtRiskLateOrWithOverdueActionsByLaunchDate() {
        Product atRisk = product(1, Stage.SOURCING, seoul("2026-11-22T09:00"), null, null);
        Product late = product(2, Stage.PLANNING, NOW, null, null);
        Product overdueOnTrack = product(3, Stage.PLANNING, NOW, null, null);
        Product fine = product(4, Stage.PLANNING, NOW, null, null);
        Map<Long, Product> products = map(atRisk, late, overdueOnTrack, fine);

        PipelineFigures figures = PipelineFigures.of(new PipelineFigures.Inputs(List.copyOf(products.values()),
                List.of(), at -> true, NOW, Map.of(), Map.of(3L, 1),
                Map.of(1L, AT_RISK, 2L, LATE, 3L, ON_TRACK, 4L, ON_TRACK)));

        assertThat(figures.alerts()).extracting(alert -> alert.product().id()).containsExactlyInAnyOrder(1L, 2L, 3L);
        ProductAlert first = figures.alerts().stream().filter(alert -> alert.product().id() == 1).findFirst()
                .orElseThrow();
        assertThat(first.daysInStage()).isEqualTo(3.0);
        assertThat(first.risk()).isEqualTo(AT_RISK);
        ProductAlert onTrack = figures.alerts().stream().filter(alert -> alert.product().id() == 3).findFirst()
                .orElseThrow();
        assertThat(onTrack.risk()).isEqualTo(LaunchRisk.NONE);
        assertThat(onTrack.overdueActions()).isEqualTo(1);
    }

    private static Map<Long, Product> map(Product... products) {
        Map<Long, Product> map = new LinkedHashMap<>();
        for (Product product : products) {
            map.put(product.id(), product);
        }
        return map;
    }
}
