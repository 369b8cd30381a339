package com.mallboard.sync;

import java.util.List;

/** A tracking number for some lines of an order, not stored yet. */
public record NewShipment(StoredOrder order, List<String> itemCodes, String trackingNo, String carrierCode) {

    public NewShipment {
        itemCodes = List.copyOf(itemCodes);
    }
}
