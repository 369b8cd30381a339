package com.mallboard.sync;

import java.time.Instant;
import java.util.List;

/** An order as Mallboard keeps it, with its lines matched to products where possible. */
public record StoredOrder(long id, long mallRef, String mallName, String orderId, Instant orderedAt, boolean paid,
        boolean canceled, long paymentAmountWon, Receiver receiver, List<StoredOrderItem> items) {

    public StoredOrder {
        items = List.copyOf(items);
    }

    public boolean shipped() {
        return !items.isEmpty() && items.stream().allMatch(i -> i.trackingNo() != null);
    }
}
