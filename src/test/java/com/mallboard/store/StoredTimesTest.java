package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredTimesTest {

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
            assertThat(StoredTimes.instant(instant.toString())).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T10:00:00+09:00", "+12026-11-25T10:00:00Z", "2026-11-25T24:00:00Z"})
    void otherIsoFormsFallBackToTheStandardParser(String text) {
        assertThat(StoredTimes.instant(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-25T10:00:00Z", "2026-11-25 10:00:00Z", "2026-11-25T10:00Z", "yesterday"})
    void malformedTextIsRejectedNotMisread(String text) {
        assertThatThrownBy(() -> StoredTimes.instant(text)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void nullStaysNull() {
        assertThat(StoredTimes.instant(null)).isNull();
    }

    @Test
    void readsBackEveryDateTheStoreWrites() {
        for (LocalDate date = LocalDate.of(1999, 1, 1); date.getYear() < 2031; date = date.plusDays(3)) {
            assertThat(StoredTimes.date(date.toString())).isEqualTo(date);
        }
        assertThat(StoredTimes.date(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-1-05", "20261105", "내일"})
    void malformedDatesAreRejected(String text) {
        assertThatThrownBy(() -> StoredTimes.date(text)).isInstanceOf(RuntimeException.class);
    }
}
