package com.mallboard.shipping;

/** Where the packing station is in its loop: order barcode → items → tracking number → next order. */
public enum StationState {
    WAITING_FOR_ORDER,
    PACKING,
    WAITING_FOR_TRACKING
}
