package com.mallboard.shipping;

import com.mallboard.sync.InvalidSyncInputException;
import com.mallboard.sync.OrderService;

/**
 * Records the tracking number of a packed parcel for its lines and queues it for the mall, through
 * {@link OrderService#recordTracking}, which checks it (letters, digits and dashes, at most 40, a courier the mall
 * lists) and throws {@link InvalidSyncInputException} with the message key when it is not.
 */
public final class ShipmentRecorder {
    private final OrderService orders;

    public ShipmentRecorder(OrderService orders) {
        this.orders = orders;
    }

    /** The scanned or typed number is normalized first (full-width digits, stray spaces); returns the shipment id. */
    public long record(PackResult packed, String trackingNo, String carrierCode) {
        String number = ScanCodes.normalize(trackingNo).orElse("");
        return orders.recordTracking(packed.order(), packed.itemCodes(), number, carrierCode);
    }
}
