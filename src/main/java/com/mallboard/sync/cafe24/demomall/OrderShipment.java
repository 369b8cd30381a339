package com.mallboard.sync.cafe24.demomall;

import java.util.List;

/** A shipment registered for some lines of an order; {@code status} is standby or shipping. */
record OrderShipment(String shippingCode, String orderId, String status, String trackingNo, String carrierCode,
        int carrierId, List<String> orderItemCodes) {

    OrderShipment {
        orderItemCodes = List.copyOf(orderItemCodes);
    }

    SimShipment snapshot() {
        return new SimShipment(shippingCode, orderId, trackingNo, carrierCode, orderItemCodes);
    }
}
