package com.mallboard.shipping.documents;

import com.mallboard.sync.StoredOrder;

/** The name a mall gives a courier code ("0006" → "CJ대한통운"); couriers are listed per mall. */
@FunctionalInterface
public interface CourierNames {
    /** Shows the code itself, for when the mall's courier list is unknown. */
    CourierNames CODES_ONLY = (order, code) -> null;

    /** {@code null} when the order's mall does not list the code. */
    String nameOf(StoredOrder order, String code);
}
