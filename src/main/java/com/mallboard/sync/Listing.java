package com.mallboard.sync;

import java.time.Instant;

/**
 * One product on one mall. {@code remoteProductNo} is the mall's key once the mall has the product;
 * {@code syncedHash} and {@code syncedStockKey} are what the mall last confirmed, so unchanged content costs no call.
 * {@code version} counts the user's edits of the overrides (optimistic locking).
 */
public record Listing(
        long id,
        long productId,
        long mallRef,
        ListingOverrides overrides,
        Long remoteProductNo,
        String syncedHash,
        String syncedStockKey,
        Instant syncedAt,
        ListingStatus status,
        String problem,
        int version) {
}
