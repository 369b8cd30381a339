package com.mallboard.sync;

import java.util.List;

/** A shipment the mall has registered for an order. */
public record RemoteShipment(String shippingCode, String orderId, String trackingNo, String carrierCode,
        List<String> orderItemCodes) {

    public RemoteShipment {
        orderItemCodes = List.copyOf(orderItemCodes);
    }
}
