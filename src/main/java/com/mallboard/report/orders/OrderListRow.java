package com.mallboard.report.orders;

import com.mallboard.sync.PersonalData;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.StoredOrderItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One order line of the order list. The receiver's name, phone and address are masked the way every screen outside
 * the warehouse masks them ({@link PersonalData}) unless the manager chose to include personal data;
 * {@code personalDataDeleted} says the retention purge removed them, which the sheet shows as such.
 */
public record OrderListRow(LocalDate orderDay, Instant orderedAt, String mall, String orderId, ReportOrder.State state,
                           StoredOrderItem line, long amountWon, String courier, Instant shippedAt, Receiver receiver,
                           boolean personalDataDeleted, boolean personalDataShown) {

    /** Every kept line of every order, in order date order, then by line. */
    public static List<OrderListRow> of(ReportOrders.Selection selection, boolean includePersonalData) {
        List<OrderListRow> rows = new ArrayList<>();
        for (ReportOrder order : selection.orders()) {
            for (StoredOrderItem line : order.lines()) {
                rows.add(new OrderListRow(order.day(), order.order().orderedAt(), order.order().mallName(),
                        order.order().orderId(), order.state(line), line, ReportOrder.amountWon(line),
                        selection.courierName(order, line.carrierCode()), order.shippedAt(line),
                        order.order().receiver(), order.times().personalDataPurged(), includePersonalData));
            }
        }
        return rows;
    }

    public String receiverName() {
        return emptyToNull(PersonalData.name(receiver, personalDataShown));
    }

    public String phone() {
        return emptyToNull(PersonalData.phones(receiver, personalDataShown));
    }

    public String address() {
        return emptyToNull(PersonalData.address(receiver, personalDataShown));
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
