package com.mallboard.sync.ui;

import com.mallboard.sync.StoredOrder;
import java.util.Locale;
import java.util.Objects;

/** Where an order stands for the warehouse, as the orders list shows it. */
public enum OrderState {
    NEW,
    PARTLY_SHIPPED,
    SHIPPED,
    CANCELED,
    /** Some lines match no product yet: the unmatched queue must map them before stock and reports are right. */
    UNMATCHED;

    /** Canceled first, then shipped; an open order with unmatched lines says so before it says "new". */
    public static OrderState of(StoredOrder order) {
        if (order.canceled()) {
            return CANCELED;
        }
        if (order.shipped()) {
            return SHIPPED;
        }
        if (order.items().stream().anyMatch(item -> item.productId() == null)) {
            return UNMATCHED;
        }
        boolean someShipped = order.items().stream().map(item -> item.trackingNo()).anyMatch(Objects::nonNull);
        return someShipped ? PARTLY_SHIPPED : NEW;
    }

    public String messageKey() {
        return "order.state." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public String styleClass() {
        return "order-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
