package com.mallboard.report.orders;

import com.mallboard.sync.OpenOrders;
import com.mallboard.sync.OrderTimes;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One order as the order views count it: its Korean order day, the lines the report keeps (all of them, or those
 * whose product matches the report's product filter) and its shipment and purge dates.
 */
public record ReportOrder(StoredOrder order, LocalDate day, List<StoredOrderItem> lines, OrderTimes times) {

    /** Where an order stands in a report. A partly shipped order is still pending: something has yet to leave. */
    public enum State { SHIPPED, PENDING, CANCELED }

    public ReportOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(day, "day");
        lines = List.copyOf(lines);
        Objects.requireNonNull(times, "times");
    }

    /** A line of a canceled order, or a line the mall canceled on its own (Cafe24's C-statuses), never ships. */
    public boolean canceled(StoredOrderItem line) {
        return order.canceled() || (line.mallStatus() != null
                && line.mallStatus().startsWith(OpenOrders.CANCELED_LINE_STATUS_PREFIX));
    }

    /** The kept lines that are not canceled. */
    public List<StoredOrderItem> liveLines() {
        return lines.stream().filter(line -> !canceled(line)).toList();
    }

    public State state() {
        List<StoredOrderItem> live = liveLines();
        if (live.isEmpty()) {
            return State.CANCELED;
        }
        return live.stream().allMatch(line -> line.trackingNo() != null) ? State.SHIPPED : State.PENDING;
    }

    public State state(StoredOrderItem line) {
        if (canceled(line)) {
            return State.CANCELED;
        }
        return line.trackingNo() == null ? State.PENDING : State.SHIPPED;
    }

    /** Pieces on the live lines. */
    public long units() {
        return liveLines().stream().mapToLong(StoredOrderItem::quantity).sum();
    }

    /** Goods value of the live lines (price × quantity), so a product filter and cancellations count exactly. */
    public long amountWon() {
        return liveLines().stream().mapToLong(ReportOrder::amountWon).sum();
    }

    public static long amountWon(StoredOrderItem line) {
        return line.priceWon() * line.quantity();
    }

    /** When the line was shipped from Mallboard, or {@code null} when not shipped or shipped in the mall's admin. */
    public Instant shippedAt(StoredOrderItem line) {
        return line.trackingNo() == null ? null : times.shippedAt(line.itemCode());
    }
}
