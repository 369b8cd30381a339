package com.mallboard.shipping.documents;

import com.mallboard.sync.Receiver;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * What one order's packing slip shows. {@code courier} (the courier's name, or its code when the mall's list does not
 * have it) and {@code trackingNo} are {@code null} until the order has a tracking number; a receiver's personal data
 * is shown in full here on purpose (the slip goes in the parcel).
 */
public record PackingSlip(String orderId, String mallName, Instant orderedAt, boolean canceled, Receiver receiver,
        List<SlipLine> lines, String courier, String trackingNo) {

    public PackingSlip {
        lines = List.copyOf(lines);
    }

    public static PackingSlip of(StoredOrder order, Function<Long, PickInfo> products) {
        return of(order, PickLookup.byProduct(products), CourierNames.CODES_ONLY);
    }

    /** {@code courier} becomes the mall's name for the courier code where the mall lists it, else the code. */
    public static PackingSlip of(StoredOrder order, PickLookup products, CourierNames couriers) {
        List<SlipLine> lines = order.items().stream().map(i -> {
            PickLine pick = PickList.lineOf(i, products);
            return new SlipLine(pick.sku(), pick.productName(), pick.option(), pick.quantity(), pick.barcode());
        }).toList();
        StoredOrderItem tracked = order.items().stream().filter(i -> i.trackingNo() != null).findFirst().orElse(null);
        if (tracked == null) {
            return new PackingSlip(order.orderId(), order.mallName(), order.orderedAt(), order.canceled(),
                    order.receiver(), lines, null, null);
        }
        String courier = tracked.carrierCode() == null ? null : couriers.nameOf(order, tracked.carrierCode());
        return new PackingSlip(order.orderId(), order.mallName(), order.orderedAt(), order.canceled(),
                order.receiver(), lines, courier == null ? tracked.carrierCode() : courier, tracked.trackingNo());
    }

    /** The first line's SKU, for sorting slips so that orders of the same product come together. */
    public String firstSku() {
        return lines.isEmpty() ? "" : lines.get(0).sku();
    }
}
