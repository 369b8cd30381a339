package com.mallboard.sync.cafe24.demomall;

/**
 * Cafe24's request limit: every call pours one unit into the mall's bucket, which drains at a steady rate; a call
 * that would overflow it is refused. Time comes from {@link System#nanoTime()} so wall-clock jumps change nothing.
 */
final class LeakyBucket {

    /** What one call saw. {@code used} is what {@code X-Api-Call-Limit} reports; usage is a percentage. */
    record Outcome(boolean accepted, int used, int size, double callUsage, int secondsUntilRoom) {
    }

    private final int size;
    private final double drainPerNano;
    private double level;
    private long lastNanos;

    LeakyBucket(int size, double drainPerSecond) {
        this.size = size;
        this.drainPerNano = drainPerSecond / 1_000_000_000.0;
        this.lastNanos = System.nanoTime();
    }

    synchronized Outcome tryAcquire() {
        drain();
        if (level + 1 > size + 1e-9) {
            // Calling while blocked pushes usage further over 100%, as Cafe24 describes.
            return new Outcome(false, size, size, (level + 1) * 100.0 / size, secondsUntilRoom());
        }
        level += 1;
        int used = Math.min(size, (int) Math.ceil(level - 1e-9));
        return new Outcome(true, used, size, level * 100.0 / size, secondsUntilRoom());
    }

    /** The current fill without pouring anything, for replies that never reached the bucket. */
    synchronized Outcome peek() {
        drain();
        int used = (int) Math.ceil(level - 1e-9);
        return new Outcome(true, used, size, level * 100.0 / size, secondsUntilRoom());
    }

    /** A full bucket as a refused call would see it, for the 429 storm fault. */
    synchronized Outcome asIfFull() {
        drain();
        return new Outcome(false, size, size, (size + 1) * 100.0 / size,
                Math.max(1, (int) Math.ceil(1 / (drainPerNano * 1_000_000_000.0))));
    }

    private void drain() {
        long now = System.nanoTime();
        level = Math.max(0, level - (now - lastNanos) * drainPerNano);
        lastNanos = now;
    }

    private int secondsUntilRoom() {
        double excess = level + 1 - size;
        return excess <= 0 ? 0 : Math.max(1, (int) Math.ceil(excess / (drainPerNano * 1_000_000_000.0)));
    }
}
