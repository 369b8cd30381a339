package com.mallboard.sync.cafe24;

import java.time.Duration;
import java.util.Random;

/**
 * How often and how patiently a failed call is tried again: exponential backoff from {@code baseDelay}, capped at
 * {@code maxDelay}, with jitter so that many clients that failed together do not come back together.
 * {@code maxAttempts} counts the first try.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(8));
    }

    /** The wait before retry number {@code retry} (1 for the first retry): half fixed, half random ("equal jitter"). */
    Duration delayBefore(int retry, Random random) {
        long base = baseDelay.toMillis();
        long exponential = retry >= 31 ? Long.MAX_VALUE : base * (1L << (retry - 1));
        long capped = Math.min(maxDelay.toMillis(), exponential < 0 ? Long.MAX_VALUE : exponential);
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? (long) (random.nextDouble() * half) : 0));
    }
}
