package com.mallboard.sync.cafe24;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Our model of the mall's leaky bucket. Every response says how full it is ({@code X-Api-Call-Limit: used/max});
 * between responses it drains at a known rate. Before each call we wait just long enough that the call lands with a
 * little room to spare, so a steady stream runs at the drain rate and 429s stay rare. One pacer is shared by every
 * gateway of the same mall, because the mall keeps one bucket per mall.
 */
final class RatePacer {
    private final double drainPerSecond;
    private final Clock clock;
    private final Sleeper sleeper;
    private int capacity;
    private double level;
    private Instant levelAt;
    private Instant blockedUntil = Instant.MIN;

    RatePacer(double drainPerSecond, Clock clock, Sleeper sleeper) {
        this.drainPerSecond = drainPerSecond;
        this.clock = clock;
        this.sleeper = sleeper;
        this.levelAt = clock.instant();
    }

    /** Blocks until a call may go out, and books its place in the bucket. */
    void awaitTurn() throws InterruptedException {
        Duration wait = reserveSlot();
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /** Records what the mall said about its bucket in a response. */
    synchronized void observe(int used, int max) {
        capacity = max;
        level = used;
        levelAt = clock.instant();
    }

    /**
     * The mall answered 429. When it says how long the block lasts ({@code X-Cafe24-Call-Remain} and friends) we wait
     * that long; otherwise the bucket is full and we wait for one slot to drain.
     */
    synchronized void throttled(Optional<Duration> remain) {
        Instant now = clock.instant();
        if (capacity > 0) {
            level = capacity;
            levelAt = now;
        }
        Duration wait = remain.orElse(capacity > 0 ? Duration.ZERO : secondsOf(1));
        Instant until = now.plus(wait);
        if (until.isAfter(blockedUntil)) {
            blockedUntil = until;
        }
    }

    synchronized Duration reserveSlot() {
        Instant now = clock.instant();
        Instant from = levelAt.isAfter(now) ? levelAt : now;
        double current = levelAt(from);
        Duration wait = Duration.between(now, from);
        if (capacity > 0) {
            double excess = current + 1 - (capacity - headroom());
            if (excess > 0) {
                wait = wait.plus(secondsOf(excess));
            }
        }
        if (blockedUntil.isAfter(now.plus(wait))) {
            wait = Duration.between(now, blockedUntil);
        }
        Instant sendAt = now.plus(wait);
        level = levelAt(sendAt) + 1;
        levelAt = sendAt;
        return wait;
    }

    /** A slot or two kept free for clock skew and for the mall counting calls we have not seen answered yet. */
    private int headroom() {
        return Math.max(1, capacity / 40);
    }

    private double levelAt(Instant at) {
        double drained = Duration.between(levelAt, at).toNanos() / 1e9 * drainPerSecond;
        return Math.max(0, level - Math.max(0, drained));
    }

    private Duration secondsOf(double calls) {
        return Duration.ofNanos((long) Math.ceil(calls / drainPerSecond * 1e9));
    }
}
