package com.mallboard.product.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02", "2026.3.2", "2026/03/02", "20260302", "2026. 3. 2.", "2026년 3월 2일",
        "3/2/26", "46083", "２０２６－０３－０２", " 2026-03-02\u3000"})
    void readsTheDateLayoutsMerchandisersType(String cell) {
        assertThat(CellValues.date(cell)).contains(LocalDate.of(2026, 3, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"next week", "2026-13-01", "2026-02-30", "0", "2026-03", "3월 2일"})
    void refusesWhatIsNotADate(String cell) {
        assertThat(CellValues.date(cell)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"28000", "28,000", "₩28,000", "28,000원", "２８，０００", " 28000 ", "28000.0", "￦28,000"})
    void readsMoneyWrittenAsText(String cell) {
        assertThat(CellValues.wholeNumber(cell)).contains(28_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"about 3000", "28000.5", "1e5", "-", "99999999999999999999"})
    void refusesWhatIsNotAWholeNumber(String cell) {
        assertThat(CellValues.wholeNumber(cell)).isEmpty();
    }
}
