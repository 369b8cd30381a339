package com.mallboard.sync;

/** A shipment with what the mall needs to register it. */
public record ShipmentTarget(long shipmentId, long mallRef, ShipmentRequest request, String shippingCode) {
}
