package com.mallboard.report.orders;

import com.mallboard.common.Formats;
import com.mallboard.sync.StoredOrderItem;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When an order counts as late: it must leave the warehouse within {@link #SHIP_WITHIN_BUSINESS_DAYS} business days
 * after its order day (Korean days; Saturday and Sunday do not count). It is late when a live line was shipped after
 * that deadline day, or when something is still unshipped once the deadline day is over. Lines that got their
 * tracking number in the mall's own admin have no shipping date in Mallboard and are never counted late.
 */
public final class LateRule {
    /**
     * Korean malls commonly promise dispatch within two business days of the order, and marketplaces such as Naver
     * mark later dispatch as delayed; a manager reading "late" means that promise, not a delivery date.
     */
    public static final int SHIP_WITHIN_BUSINESS_DAYS = 2;

    private final LocalDate today;

    /** {@code today} is the Korean day the report is made: pending orders are late only once their deadline passed. */
    public LateRule(LocalDate today) {
        this.today = Objects.requireNonNull(today, "today");
    }

    /** The last Korean day an order of {@code orderDay} may be shipped on and still be on time. */
    public static LocalDate deadline(LocalDate orderDay) {
        LocalDate day = orderDay;
        int businessDays = 0;
        while (businessDays < SHIP_WITHIN_BUSINESS_DAYS) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                businessDays++;
            }
        }
        return day;
    }

    public boolean late(ReportOrder order) {
        if (order.state() == ReportOrder.State.CANCELED) {
            return false;
        }
        LocalDate deadline = deadline(order.day());
        for (StoredOrderItem line : order.liveLines()) {
            Instant shipped = order.shippedAt(line);
            if (line.trackingNo() == null ? today.isAfter(deadline) : shipped != null && day(shipped).isAfter(deadline)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(Formats.SEOUL).toLocalDate();
    }
}
