package com.mallboard.sync;

import java.util.List;

/** A tracking number for some lines of one order, to be registered at the mall as "in transit". */
public record ShipmentRequest(String orderId, List<String> orderItemCodes, String trackingNo, String carrierCode) {

    public ShipmentRequest {
        orderItemCodes = List.copyOf(orderItemCodes);
    }
}
