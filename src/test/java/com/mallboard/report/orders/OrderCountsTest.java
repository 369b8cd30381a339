package com.mallboard.report.orders;

import static com.mallboard.report.orders.Orders.canceledLine;
import static com.mallboard.report.orders.Orders.line;
import static com.mallboard.report.orders.Orders.order;
import static com.mallboard.report.orders.Orders.period;
import static com.mallboard.report.orders.Orders.select;
import static com.mallboard.report.orders.Orders.shippedAt;
import static com.mallboard.report.orders.Orders.shippedLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.report.ReportFilter;
import com.mallboard.report.ReportRequest;
import com.mallboard.store.TestStore;
import com.mallboard.sync.StoredOrder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderCountsTest {
    private static final LateRule LONG_AGO = new LateRule(LocalDate.of(2026, 11, 1));

    @Test
    void anOrderAtMidnightInSeoulBelongsToTheNextKoreanDayAndThePeriodCutsThere() {
        StoredOrder lastSecondOfMonday = order(1, "2026-11-02T14:59:59Z", false, line("1", "A", 1, 1_000));
        StoredOrder firstSecondOfTuesday = order(1, "2026-11-02T15:00:00Z", false, line("1", "A", 2, 1_000));

        List<ReportOrder> all = select(period(null, null), lastSecondOfMonday, firstSecondOfTuesday);
        assertThat(all).extracting(ReportOrder::day)
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3));
        assertThat(select(period("2026-11-03", null), lastSecondOfMonday, firstSecondOfTuesday))
                .extracting(o -> o.order().id()).containsExactly(firstSecondOfTuesday.id());
        assertThat(select(period(null, "2026-11-02"), lastSecondOfMonday, firstSecondOfTuesday))
                .extracting(o -> o.order().id()).containsExactly(lastSecondOfMonday.id());
    }

    @Test
    void canceledOrdersAndLinesCountAsCanceledButNotInUnitsOrAmount() {
        StoredOrder canceled = order(1, "2026-11-02T03:00:00Z", true, line("1", "A", 5, 1_000));
        StoredOrder partlyCanceled = order(1, "2026-11-02T04:00:00Z", false, line("1", "A", 2, 1_000),
                canceledLine("2", "B", 3, 9_000));
        StoredOrder allLinesCanceled = order(1, "2026-11-02T05:00:00Z", false, canceledLine("1", "A", 1, 1_000));

        List<OrderCounts.DayMall> rows = OrderCounts.perDayAndMall(
                select(period(null, null), canceled, partlyCanceled, allLinesCanceled), LONG_AGO);

        assertThat(rows).containsExactly(new OrderCounts.DayMall(LocalDate.of(2026, 11, 2), "Mall 1", 3, 2, 0, 1, 0,
                2, 2_000));
    }

    @Test
    void aPartlyShippedOrderIsPendingAndAFullyShippedOneIsShipped() {
        StoredOrder partly = order(1, "2026-11-02T03:00:00Z", false, shippedLine("1", "A", 1, 1_000, "T1", "0006"),
                line("2", "B", 1, 1_000));
        StoredOrder full = order(1, "2026-11-02T04:00:00Z", false, shippedLine("1", "A", 1, 1_000, "T2", "0006"),
                canceledLine("2", "B", 1, 1_000));

        List<ReportOrder> orders = select(period(null, null), partly, full);

        assertThat(orders).extracting(ReportOrder::state)
                .containsExactly(ReportOrder.State.PENDING, ReportOrder.State.SHIPPED);
        OrderCounts.DayMall row = OrderCounts.perDayAndMall(orders, LONG_AGO).get(0);
        assertThat(row.shipped()).isEqualTo(1);
        assertThat(row.pending()).isEqualTo(1);
    }

    @Test
    void theDeadlineIsTwoBusinessDaysAfterTheOrderDaySkippingTheWeekend() {
        assertThat(LateRule.deadline(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 4)); // Mon → Wed
        assertThat(LateRule.deadline(LocalDate.of(2026, 11, 6))).isEqualTo(LocalDate.of(2026, 11, 10)); // Fri → Tue
        assertThat(LateRule.deadline(LocalDate.of(2026, 11, 7))).isEqualTo(LocalDate.of(2026, 11, 10)); // Sat → Tue
    }

    @Test
    void anOrderIsLateWhenShippedAfterItsDeadlineOrStillPendingOnceTheDeadlineIsOver() {
        StoredOrder friday = order(1, "2026-11-06T01:00:00Z", false, shippedLine("1", "A", 1, 1_000, "T1", "0006"));
        ReportOrder shippedTuesdayEvening = new ReportOrder(friday, LocalDate.of(2026, 11, 6), friday.items(),
                shippedAt(friday, "1", "2026-11-10T14:59:00Z"));
        ReportOrder shippedWednesday = new ReportOrder(friday, LocalDate.of(2026, 11, 6), friday.items(),
                shippedAt(friday, "1", "2026-11-10T15:00:00Z"));
        StoredOrder pending = order(1, "2026-11-06T01:00:00Z", false, line("1", "A", 1, 1_000));
        ReportOrder open = select(period(null, null), pending).get(0);
        StoredOrder shippedInTheMall = order(1, "2026-11-06T01:00:00Z", false,
                shippedLine("1", "A", 1, 1_000, "T9", "0006"));
        ReportOrder noShippingDate = select(period(null, null), shippedInTheMall).get(0);

        LateRule onWednesday = new LateRule(LocalDate.of(2026, 11, 11));
        assertThat(onWednesday.late(shippedTuesdayEvening)).isFalse();
        assertThat(onWednesday.late(shippedWednesday)).isTrue();
        assertThat(onWednesday.late(open)).isTrue();
        assertThat(onWednesday.late(noShippingDate)).isFalse();
        assertThat(new LateRule(LocalDate.of(2026, 11, 10)).late(open)).isFalse();
    }

    @Test
    void theMallFilterKeepsOneMallsOrders() {
        StoredOrder first = order(1, "2026-11-02T03:00:00Z", false, line("1", "A", 1, 1_000));
        StoredOrder second = order(2, "2026-11-02T03:00:00Z", false, line("1", "A", 1, 1_000));
        ReportRequest onlySecond = new ReportRequest(Orders.ENGLISH, null, null,
                new ReportFilter(null, null, null, 2L), false);

        assertThat(select(onlySecond, first, second)).extracting(o -> o.order().mallRef()).containsExactly(2L);
        assertThat(OrderCounts.perDayAndMall(select(period(null, null), first, second), LONG_AGO))
                .extracting(OrderCounts.DayMall::mall).containsExactly("Mall 1", "Mall 2");
    }

    @Test
    void aProductFilterKeepsOnlyTheMatchingLinesAndTheirOrders(@TempDir Path dir) {
        TestStore store = TestStore.open(dir);
        Product round = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("R-1").toBuilder().brand("라운드랩")
                .build());
        Product anua = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("A-1").toBuilder().brand("아누아")
                .build());
        StoredOrder mixed = order(1, "2026-11-02T03:00:00Z", false, Orders.lineOf(round.id(), "1", 2, 10_000),
                Orders.lineOf(anua.id(), "2", 1, 30_000));
        StoredOrder onlyAnua = order(1, "2026-11-02T04:00:00Z", false, Orders.lineOf(anua.id(), "1", 1, 30_000));
        StoredOrder unmatched = order(1, "2026-11-02T05:00:00Z", false, line("1", "X", 1, 5_000));
        ReportRequest roundLab = new ReportRequest(Orders.ENGLISH, null, null,
                new ReportFilter("라운드랩", null, null, null), false);

        List<ReportOrder> kept = ReportOrders.select(List.of(mixed, onlyAnua, unmatched), Map.of(), roundLab,
                Map.of(round.id(), round, anua.id(), anua));

        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).units()).isEqualTo(2);
        assertThat(kept.get(0).amountWon()).isEqualTo(20_000);
    }

    @Test
    void couriersAreCountedByParcelWithTheirShareOfAllParcels() {
        StoredOrder twoLinesOneParcel = order(1, "2026-11-02T03:00:00Z", false,
                shippedLine("1", "A", 1, 1_000, "T1", "0006"), shippedLine("2", "B", 2, 1_000, "T1", "0006"));
        StoredOrder otherCourier = order(1, "2026-11-02T04:00:00Z", false, shippedLine("1", "A", 1, 1_000, "L1", "0004"));
        StoredOrder cj = order(1, "2026-11-03T04:00:00Z", false, shippedLine("1", "A", 4, 1_000, "T2", "0006"),
                line("2", "B", 1, 1_000));
        Map<String, String> names = Map.of("0006", "CJ대한통운", "0004", "롯데택배");

        List<OrderCounts.Courier> couriers = OrderCounts.perCourier(select(period(null, null), twoLinesOneParcel,
                otherCourier, cj), (order, code) -> names.get(code));

        assertThat(couriers).containsExactly(new OrderCounts.Courier("CJ대한통운", 2, 7, 200.0 / 3),
                new OrderCounts.Courier("롯데택배", 1, 1, 100.0 / 3));
    }

    @Test
    void ordersPerDayFillTheDaysWithoutOrders() {
        StoredOrder monday = order(1, "2026-11-02T03:00:00Z", false, line("1", "A", 1, 1_000));
        StoredOrder thursday = order(2, "2026-11-05T03:00:00Z", false, line("1", "A", 3, 2_000));

        List<OrderCounts.Day> days = OrderCounts.perDay(select(period(null, null), monday, thursday), LONG_AGO);

        assertThat(days).extracting(OrderCounts.Day::day).containsExactly(LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 5));
        assertThat(days).extracting(OrderCounts.Day::orders).containsExactly(1L, 0L, 0L, 1L);
        assertThat(days.get(3).amountWon()).isEqualTo(6_000);
        assertThat(OrderCounts.perDay(List.of(), LONG_AGO)).isEmpty();
    }
}
