package com.mallboard.report.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The counts of the Orders &amp; shipments view. {@code orders} counts every order placed, canceled ones too;
 * {@code shipped}, {@code pending} and {@code canceled} split them (a partly shipped order is pending), {@code late}
 * (see {@link LateRule}) is part of shipped and pending; units and amount leave canceled lines out.
 */
public final class OrderCounts {

    /** One day in one mall. */
    public record DayMall(LocalDate day, String mall, long orders, long units, long shipped, long pending, long late,
                          long canceled, long amountWon) {
    }

    /** One day over every mall in the report, for the orders-per-day chart. */
    public record Day(LocalDate day, long orders, long shipped, long late, long units, long amountWon) {
    }

    /** One courier over the period: shipments are distinct tracking numbers. */
    public record Courier(String courier, long shipments, long units, double sharePercent) {
    }

    private OrderCounts() {
    }

    /** Per day, oldest first, then per mall by name. */
    public static List<DayMall> perDayAndMall(List<ReportOrder> orders, LateRule late) {
        Map<LocalDate, Map<String, Tally>> days = new TreeMap<>();
        for (ReportOrder order : orders) {
            days.computeIfAbsent(order.day(), d -> new TreeMap<>())
                    .computeIfAbsent(order.order().mallName(), m -> new Tally()).add(order, late);
        }
        List<DayMall> rows = new ArrayList<>();
        days.forEach((day, malls) -> malls.forEach((mall, t) -> rows.add(new DayMall(day, mall, t.orders, t.units,
                t.shipped, t.pending, t.late, t.canceled, t.amountWon))));
        return rows;
    }

    /** Every day from the first to the last order day, days without orders as zeros, so the line chart is honest. */
    public static List<Day> perDay(List<ReportOrder> orders, LateRule late) {
        TreeMap<LocalDate, Tally> days = new TreeMap<>();
        for (ReportOrder order : orders) {
            days.computeIfAbsent(order.day(), d -> new Tally()).add(order, late);
        }
        List<Day> rows = new ArrayList<>();
        if (days.isEmpty()) {
            return rows;
        }
        LocalDate last = days.lastKey();
        for (LocalDate day = days.firstKey(); !day.isAfter(last); day = day.plusDays(1)) {
            Tally t = days.getOrDefault(day, new Tally());
            rows.add(new Day(day, t.orders, t.shipped, t.late, t.units, t.amountWon));
        }
        return rows;
    }

    /**
     * Shipped live lines per courier (named by {@code courierName(order, code)}), most shipments first; the share is
     * of all shipments in the report, in percent.
     */
    public static List<Courier> perCourier(List<ReportOrder> orders, BiFunction<ReportOrder, String, String> courierName) {
        Map<String, Map<String, Long>> parcels = new LinkedHashMap<>(); // courier → tracking number → units
        for (ReportOrder order : orders) {
            order.liveLines().stream().filter(line -> line.trackingNo() != null).forEach(line -> parcels
                    .computeIfAbsent(Objects.requireNonNullElse(courierName.apply(order, line.carrierCode()), "-"),
                            c -> new LinkedHashMap<>())
                    .merge(order.order().id() + "\u001f" + line.trackingNo(), (long) line.quantity(), Long::sum));
        }
        long total = parcels.values().stream().mapToLong(Map::size).sum();
        return parcels.entrySet().stream().map(e -> new Courier(e.getKey(), e.getValue().size(),
                        e.getValue().values().stream().mapToLong(Long::longValue).sum(),
                        100.0 * e.getValue().size() / total))
                .sorted(Comparator.comparingLong(Courier::shipments).reversed().thenComparing(Courier::courier))
                .toList();
    }

    private static final class Tally {
        long orders;
        long units;
        long shipped;
        long pending;
        long late;
        long canceled;
        long amountWon;

        void add(ReportOrder order, LateRule rule) {
            orders++;
            switch (order.state()) {
                case SHIPPED -> shipped++;
                case PENDING -> pending++;
                case CANCELED -> canceled++;
            }
            if (rule.late(order)) {
                late++;
            }
            units += order.units();
            amountWon += order.amountWon();
        }
    }
}
