package com.mallboard.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it on, so "days in stage" and timestamps are predictable. */
public final class TestClock extends Clock {
    /** Wednesday 2026-11-25, 10:00 in Seoul. */
    public static final Instant START = Instant.parse("2026-11-25T01:00:00Z");

    private Instant now;

    public TestClock() {
        this(START);
    }

    public TestClock(Instant start) {
        this.now = start;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    public synchronized void set(Instant instant) {
        now = instant;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // Shares the instant with this clock, so advancing the test clock moves every derived clock too.
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
