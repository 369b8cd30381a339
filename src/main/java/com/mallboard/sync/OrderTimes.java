package com.mallboard.sync;

import java.time.Instant;
import java.util.Map;

/**
 * When things happened to one stored order beyond its order date, for reports: when each line was shipped from
 * Mallboard (the first shipment recorded for it; lines that got their tracking number in the mall's own admin have
 * none) and when the receiver's personal data was deleted by the retention purge ({@code null} = not deleted).
 */
public record OrderTimes(long orderRef, Instant personalDataPurgedAt, Map<String, Instant> shippedAt) {

    public OrderTimes {
        shippedAt = Map.copyOf(shippedAt);
    }

    /** Nothing known: not shipped from Mallboard, not purged. */
    public static OrderTimes none(long orderRef) {
        return new OrderTimes(orderRef, null, Map.of());
    }

    public boolean personalDataPurged() {
        return personalDataPurgedAt != null;
    }

    /** When line {@code itemCode} was shipped from Mallboard, or {@code null} when unknown. */
    public Instant shippedAt(String itemCode) {
        return shippedAt.get(itemCode);
    }
}
