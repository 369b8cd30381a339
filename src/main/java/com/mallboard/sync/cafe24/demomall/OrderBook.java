package com.mallboard.sync.cafe24.demomall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The orders of one demo mall in the order they were placed; callers hold the mall's data lock. */
final class OrderBook {

    private final Map<String, MallOrder> orders = new LinkedHashMap<>();
    private int lastSequence;

    /** Adds a paid order dated {@code at}; ids are {@code YYYYMMDD-NNNNNNN} with the KST date. */
    MallOrder add(Instant at, OrderPeople people, List<MallOrderItem.Line> lines) {
        String orderId = KstTime.compactDate(at) + "-" + String.format("%07d", ++lastSequence);
        MallOrder order = new MallOrder(orderId, at, people, lines);
        orders.put(orderId, order);
        return order;
    }

    /** Puts back orders from the state file, oldest first; the sequence goes on where it stopped. */
    void restore(List<MallOrder> saved, int savedLastSequence) {
        for (MallOrder order : saved) {
            if (orders.putIfAbsent(order.orderId, order) != null) {
                throw new SavedStateException("saved order_id " + order.orderId + " is repeated");
            }
        }
        lastSequence = Math.max(savedLastSequence, orders.size());
    }

    int lastSequence() {
        return lastSequence;
    }

    MallOrder require(String orderId) {
        MallOrder order = orders.get(orderId);
        if (order == null) {
            throw ApiException.notFound("No order with order_id " + orderId + ".");
        }
        return order;
    }

    List<MallOrder> all() {
        return new ArrayList<>(orders.values());
    }
}
