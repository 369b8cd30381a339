package com.mallboard.sync.cafe24.demomall;

import java.util.List;

/** A snapshot of one shipment registered at the demo mall. */
public record SimShipment(String shippingCode, String orderId, String trackingNo, String carrierCode,
        List<String> orderItemCodes) {

    public SimShipment {
        orderItemCodes = List.copyOf(orderItemCodes);
    }
}
