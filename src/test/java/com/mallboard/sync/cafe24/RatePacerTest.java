package com.mallboard.sync.cafe24;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatePacerTest {
    private final FakeTime time = new FakeTime(Instant.parse("2025-06-01T00:00:00Z"));

    @Test
    void aNearlyFullBucketMakesTheNextCallWaitForItToDrain() throws Exception {
        RatePacer pacer = new RatePacer(2.0, time, time);
        pacer.observe(39, 40);

        pacer.awaitTurn();

        assertThat(time.sleeps()).singleElement().isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aBucketWithRoomLetsCallsGoAtOnce() throws Exception {
        RatePacer pacer = new RatePacer(2.0, time, time);
        pacer.observe(10, 40);

        pacer.awaitTurn();

        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aRemainHintIsWaitedOutInFull() throws Exception {
        RatePacer pacer = new RatePacer(2.0, time, time);
        pacer.observe(40, 40);
        pacer.throttled(Optional.of(Duration.ofSeconds(7)));

        pacer.awaitTurn();

        assertThat(time.totalSlept()).isEqualTo(Duration.ofSeconds(7));
    }

    /** A mall's bucket simulated call by call: a long run of calls must flow at the drain rate without any 429. */
    @Test
    void aSteadyStreamRunsAtTheDrainRateWithoutBeingRefused() throws Exception {
        double drain = 100;
        int capacity = 2000;
        RatePacer pacer = new RatePacer(drain, time, time);
        double level = 0;
        Instant last = time.instant();
        int refused = 0;
        int calls = 20_000;
        Instant start = time.instant();
        for (int i = 0; i < calls; i++) {
            pacer.awaitTurn();
            Instant now = time.instant();
            level = Math.max(0, level - Duration.between(last, now).toNanos() / 1e9 * drain);
            last = now;
            if (level + 1 > capacity) {
                refused++;
                pacer.throttled(Optional.empty());
                continue;
            }
            level += 1;
            time.advance(Duration.ofMillis(2));
            pacer.observe((int) Math.ceil(level), capacity);
        }
        double seconds = Duration.between(start, time.instant()).toNanos() / 1e9;
        double ideal = (calls - capacity) / drain;
        assertThat(refused).isZero();
        assertThat(ideal / seconds).isGreaterThan(0.95);
    }
}
