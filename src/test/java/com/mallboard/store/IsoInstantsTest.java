package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

    @Test
    void readsBackEveryInstantTheStoreWrites() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long seconds = 946_684_800L + (long) (random.nextDouble() * 3_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(IsoInstants.parse(instant.toString())).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T10:00:00+09:00", "+12026-11-25T10:00:00Z", "2026-11-25T24:00:00Z"})
    void otherIsoFormsFallBackToTheStandardParser(String text) {
        assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-25T10:00:00Z", "2026-11-25 10:00:00Z", "2026-11-25T10:00Z", "yesterday"})
    void malformedTextIsRejectedNotMisread(String text) {
        assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void nullStaysNull() {
        assertThat(IsoInstants.parse(null)).isNull();
    }
}
