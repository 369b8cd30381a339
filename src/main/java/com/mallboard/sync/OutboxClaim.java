package com.mallboard.sync;

import java.time.Instant;

/**
 * Who syncs a mall right now, across every desktop on the store. {@code ours} when the claim was just taken for this
 * drain; otherwise {@code holder} is the other app, {@code token} its drain and {@code expiresAt} when its claim runs
 * out unless renewed. {@code tookOverFrom} names an app whose claim had run out (it died or lost its connection
 * mid-drain); its last job may have reached the mall, which is why the pushers read the mall first on a job with
 * attempts.
 */
public record OutboxClaim(boolean ours, String token, ClaimHolder holder, Instant claimedAt, Instant expiresAt,
        String tookOverFrom) {

    public String holderName() {
        return holder.name();
    }
}
