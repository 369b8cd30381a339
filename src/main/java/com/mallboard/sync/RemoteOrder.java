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

    /**
     * Every line still going to the receiver has arrived (Cafe24 N40 delivered, N50 purchase confirmed); canceled,
     * returned or exchanged lines (C.., R.., E..) do not count. The privacy clock starts here.
     */
    public boolean delivered() {
        List<String> live = items.stream().map(RemoteOrderItem::status).filter(s -> s == null || s.startsWith("N"))
                .toList();
        return !canceled && !live.isEmpty() && live.stream().allMatch(s -> "N40".equals(s) || "N50".equals(s));
    }
}
