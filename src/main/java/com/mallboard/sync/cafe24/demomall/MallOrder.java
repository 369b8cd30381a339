package com.mallboard.sync.cafe24.demomall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One paid order of a demo mall with its lines, people and shipments; guarded by the mall's data lock. */
final class MallOrder {

    /** A flat domestic shipping fee, waived from 30,000 won as most Korean beauty shops do. */
    static final long SHIPPING_FEE = 3000;
    static final long FREE_SHIPPING_FROM = 30_000;

    final String orderId;
    final Instant orderDate;
    final OrderPeople people;
    final List<MallOrderItem> items = new ArrayList<>();
    final List<OrderShipment> shipments = new ArrayList<>();

    MallOrder(String orderId, Instant orderDate, OrderPeople people, List<MallOrderItem.Line> lines) {
        this.orderId = orderId;
        this.orderDate = orderDate;
        this.people = people;
        for (MallOrderItem.Line line : lines) {
            items.add(new MallOrderItem(orderId, items.size() + 1, line));
        }
    }

    long itemsAmount() {
        return items.stream().mapToLong(i -> i.productPrice * i.quantity).sum();
    }

    long shippingFee() {
        return itemsAmount() >= FREE_SHIPPING_FROM ? 0 : SHIPPING_FEE;
    }

    long paymentAmount() {
        return itemsAmount() + shippingFee();
    }

    /** Order-level shipping status: F before shipping, M when some line is on its way, T when all are. */
    String shippingStatus() {
        long inTransit = items.stream().filter(i -> i.orderStatus.compareTo("N30") >= 0).count();
        if (inTransit == 0) {
            return "F";
        }
        return inTransit == items.size() ? "T" : "M";
    }

    MallOrderItem item(String orderItemCode) {
        return items.stream().filter(i -> i.orderItemCode.equals(orderItemCode)).findFirst().orElse(null);
    }

    /** Cafe24's shipping codes: {@code D-{order_id}-NN}, numbered from 00. */
    String nextShippingCode() {
        return "D-" + orderId + "-" + String.format("%02d", shipments.size());
    }
}
