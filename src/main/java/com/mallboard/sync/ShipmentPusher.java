package com.mallboard.sync;

import java.time.Clock;
import java.util.Optional;

/**
 * Registers one tracking number at the mall. If an earlier attempt may have reached the mall (the app stopped before
 * the reply was saved), the mall's shipments are read first, so a tracking number is never registered twice.
 */
final class ShipmentPusher {
    private final OrderRepository orders;
    private final OutboxRepository outbox;
    private final Clock clock;

    ShipmentPusher(OrderRepository orders, OutboxRepository outbox, Clock clock) {
        this.orders = orders;
        this.outbox = outbox;
        this.clock = clock;
    }

    void push(OutboxJob job, MallGateway gateway) {
        Optional<ShipmentTarget> target = orders.shipmentTarget(job.subjectId());
        if (target.isEmpty() || target.get().shippingCode() != null) {
            outbox.markDone(job.id());
            return;
        }
        ShipmentRequest request = target.get().request();
        Optional<RemoteShipment> earlier = job.attempts() == 0 ? Optional.empty()
                : gateway.shipments(request.orderId()).stream()
                        .filter(s -> request.trackingNo().equals(s.trackingNo())).findFirst();
        RemoteShipment shipment = earlier.orElseGet(() -> gateway.createShipment(request));
        orders.confirmShipment(job.id(), job.subjectId(), shipment.shippingCode(), clock.instant());
    }
}
