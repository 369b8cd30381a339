package com.mallboard.suggest.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignDatesTest {
    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24);

    @ParameterizedTest
    @ValueSource(strings = {"campaign:2026-12-24", "campaign:xmas-2026-12-24", "campaign:xmas-20261224",
        "campaign:20261224-live", "campaign:year-end-gift-2026-12-24"})
    void aCampaignTagWithADateAnywhereHasThatDate(String tag) {
        assertThat(CampaignDates.of(tag)).contains(CHRISTMAS_EVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"campaign:mega-sale", "campaign:", "campaign:2026-13-40", "campaign:2026-02-30",
        "campaign:202612241", "influencer:2026-12-24", "2026-12-24", "campaign:sale-12-24"})
    void aTagWithoutAValidCampaignDateHasNone(String tag) {
        assertThat(CampaignDates.of(tag)).isEmpty();
    }

    @Test
    void aProductInTwoCampaignsMeetsTheEarlierDate() {
        assertThat(CampaignDates.earliest(List.of("sunscreen", "campaign:xmas-2026-12-24", "campaign:mega-sale",
                "campaign:black-friday-20261127"))).contains(LocalDate.of(2026, 11, 27));
        assertThat(CampaignDates.earliest(List.of("sunscreen", "campaign:mega-sale"))).isEmpty();
    }
}
