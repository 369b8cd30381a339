package com.mallboard.sync.cafe24;

import java.time.Duration;

/**
 * How a Cafe24 gateway behaves on the wire. {@code drainPerSecond} is the rate the mall's leaky bucket empties (2 per
 * second at Cafe24; the benchmark's scaled demo mall drains faster). {@code maxThrottledRetries} bounds how many 429
 * answers one call may wait out; they do not use up {@code retry}. {@code refreshAhead} is how long before the access
 * token expires it is refreshed.
 */
public record Cafe24Settings(
        double drainPerSecond,
        Duration requestTimeout,
        RetryPolicy retry,
        int maxThrottledRetries,
        Duration refreshAhead) {

    public Cafe24Settings {
        if (drainPerSecond <= 0) {
            throw new IllegalArgumentException("drainPerSecond must be positive");
        }
    }

    public static Cafe24Settings defaults() {
        return new Cafe24Settings(2.0, Duration.ofSeconds(30), RetryPolicy.defaults(), 30, Duration.ofMinutes(5));
    }

    public Cafe24Settings withDrainPerSecond(double perSecond) {
        return new Cafe24Settings(perSecond, requestTimeout, retry, maxThrottledRetries, refreshAhead);
    }

    public Cafe24Settings withRequestTimeout(Duration timeout) {
        return new Cafe24Settings(drainPerSecond, timeout, retry, maxThrottledRetries, refreshAhead);
    }

    public Cafe24Settings withRetry(RetryPolicy policy) {
        return new Cafe24Settings(drainPerSecond, requestTimeout, policy, maxThrottledRetries, refreshAhead);
    }

    public Cafe24Settings withMaxThrottledRetries(int max) {
        return new Cafe24Settings(drainPerSecond, requestTimeout, retry, max, refreshAhead);
    }
}
