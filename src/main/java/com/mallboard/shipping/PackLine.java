package com.mallboard.shipping;

import com.mallboard.sync.StoredOrderItem;

/** One order line at the bench: the line as stored, its place in the list shown to the packer, and units scanned. */
public record PackLine(int index, StoredOrderItem item, int scanned) {

    public int needed() {
        return item.quantity();
    }

    public boolean complete() {
        return scanned >= needed();
    }
}
