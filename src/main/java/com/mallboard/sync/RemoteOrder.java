package com.mallboard.sync;

import java.time.Instant;
import java.util.List;

/** An order as the mall reports it, with its lines and its receiver. */
public record RemoteOrder(
        String orderId,
        Instant orderedAt,
        boolean paid,
        boolean canceled,
        long paymentAmountWon,
        String buyerName,
        Receiver receiver,
        List<RemoteOrderItem> items) {

    public RemoteOrder {
        items = List.copyOf(items);
    }
}
