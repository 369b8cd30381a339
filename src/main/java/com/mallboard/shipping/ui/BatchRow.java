package com.mallboard.shipping.ui;

import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One order on the shipment sheets screen and whether it is in the batch (its check box). */
public final class BatchRow {
    private final StoredOrder order;
    private final BooleanProperty inBatch = new SimpleBooleanProperty(false);

    BatchRow(StoredOrder order) {
        this.order = order;
    }

    public StoredOrder order() {
        return order;
    }

    public BooleanProperty inBatchProperty() {
        return inBatch;
    }

    public boolean inBatch() {
        return inBatch.get();
    }

    public int units() {
        return order.items().stream().mapToInt(StoredOrderItem::quantity).sum();
    }
}
