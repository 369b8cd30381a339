package com.mallboard.sync.cafe24;

import java.time.Duration;

/** Waiting, as a seam: the gateway paces and backs off through this, so tests can count waits instead of sitting them out. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Really waits, on the calling thread. */
    static Sleeper real() {
        return duration -> {
            if (duration.isNegative() || duration.isZero()) {
                return;
            }
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        };
    }
}
