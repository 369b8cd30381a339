package com.mallboard.shipping.documents;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** The order in which a batch's packing slips come out of the printer; ties fall back to the order id. */
public enum SlipOrder {
    ORDER_DATE(Comparator.comparing(PackingSlip::orderedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))),
    MALL(Comparator.comparing(s -> Objects.requireNonNullElse(s.mallName(), ""))),
    FIRST_SKU(Comparator.comparing(PackingSlip::firstSku));

    private final Comparator<PackingSlip> comparator;

    SlipOrder(Comparator<PackingSlip> primary) {
        this.comparator = primary.thenComparing(s -> Objects.requireNonNullElse(s.orderId(), ""));
    }

    public Comparator<PackingSlip> comparator() {
        return comparator;
    }
}
