package com.mallboard.sync.cafe24.demomall;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a demo mall server behaves. The defaults are Cafe24's own numbers (bucket 40, drain 2 calls/s, tokens 2 hours
 * and 14 days); tests shrink them so timing rules can be seen in milliseconds.
 *
 * @param orderInterval how often every mall gets one new random order; {@link Duration#ZERO} for none
 * @param seed          seeds the random order data, so two runs with the same seed tell the same story
 * @param stateFile     where the malls are kept between runs (see {@code docs/demo-mall.md}); empty = memory only
 */
public record DemoMallSettings(int port, int bucketSize, double drainPerSecond, Duration accessTokenLifetime,
        Duration refreshTokenLifetime, Duration orderInterval, long seed, Optional<Path> stateFile) {

    public DemoMallSettings {
        stateFile = stateFile == null ? Optional.empty() : stateFile;
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (bucketSize < 1) {
            throw new IllegalArgumentException("bucket size must be at least 1, was " + bucketSize);
        }
        if (!(drainPerSecond > 0)) {
            throw new IllegalArgumentException("drain must be above 0 calls per second, was " + drainPerSecond);
        }
        requirePositive(accessTokenLifetime, "access token lifetime");
        requirePositive(refreshTokenLifetime, "refresh token lifetime");
        if (orderInterval == null || orderInterval.isNegative()) {
            throw new IllegalArgumentException("order interval must be zero or positive");
        }
    }

    /** Memory only, as before state files existed. */
    public DemoMallSettings(int port, int bucketSize, double drainPerSecond, Duration accessTokenLifetime,
            Duration refreshTokenLifetime, Duration orderInterval, long seed) {
        this(port, bucketSize, drainPerSecond, accessTokenLifetime, refreshTokenLifetime, orderInterval, seed,
                Optional.empty());
    }

    public static DemoMallSettings defaults() {
        return new DemoMallSettings(0, 40, 2.0, Duration.ofHours(2), Duration.ofDays(14), Duration.ZERO, 42L);
    }

    public DemoMallSettings withPort(int newPort) {
        return new DemoMallSettings(newPort, bucketSize, drainPerSecond, accessTokenLifetime, refreshTokenLifetime,
                orderInterval, seed, stateFile);
    }

    public DemoMallSettings withBucket(int size, double drain) {
        return new DemoMallSettings(port, size, drain, accessTokenLifetime, refreshTokenLifetime, orderInterval, seed,
                stateFile);
    }

    public DemoMallSettings withTokenLifetimes(Duration access, Duration refresh) {
        return new DemoMallSettings(port, bucketSize, drainPerSecond, access, refresh, orderInterval, seed, stateFile);
    }

    public DemoMallSettings withOrderInterval(Duration interval) {
        return new DemoMallSettings(port, bucketSize, drainPerSecond, accessTokenLifetime, refreshTokenLifetime,
                interval, seed, stateFile);
    }

    public DemoMallSettings withSeed(long newSeed) {
        return new DemoMallSettings(port, bucketSize, drainPerSecond, accessTokenLifetime, refreshTokenLifetime,
                orderInterval, newSeed, stateFile);
    }

    /** Loads the malls from this file at start (if it exists) and keeps it current; see {@link DemoMallServer}. */
    public DemoMallSettings withStateFile(Path file) {
        return new DemoMallSettings(port, bucketSize, drainPerSecond, accessTokenLifetime, refreshTokenLifetime,
                orderInterval, seed, Optional.of(Objects.requireNonNull(file, "state file")));
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
