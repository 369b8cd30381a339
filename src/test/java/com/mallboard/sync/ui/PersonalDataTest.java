package com.mallboard.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void namesKeepTheirFirstAndLastLetter() {
        assertThat(PersonalData.maskName("김민지")).isEqualTo("김*지");
        assertThat(PersonalData.maskName("남궁민지")).isEqualTo("남**지");
        assertThat(PersonalData.maskName("제갈공명수")).isEqualTo("제***수");
    }

    @Test
    void shortNamesHideAllButTheFirstLetter() {
        assertThat(PersonalData.maskName("민지")).isEqualTo("민*");
        assertThat(PersonalData.maskName("김")).isEqualTo("*");
    }

    @Test
    void latinNamesKeepTheirSpaces() {
        assertThat(PersonalData.maskName("John Smith")).isEqualTo("J*** ****h");
    }

    @Test
    void nothingStaysNothing() {
        assertThat(PersonalData.maskName(null)).isEmpty();
        assertThat(PersonalData.maskName("  ")).isEmpty();
        assertThat(PersonalData.orHidden(null, false)).isEmpty();
    }

    @Test
    void phonesAndAddressesAreHiddenUntilShown() {
        assertThat(PersonalData.orHidden("010-1234-5678", false)).isEqualTo(PersonalData.HIDDEN);
        assertThat(PersonalData.orHidden("010-1234-5678", true)).isEqualTo("010-1234-5678");
    }

    @Test
    void surrogatePairsCountAsOneLetter() {
        assertThat(PersonalData.maskName("𠮷田")).isEqualTo("𠮷*");
    }
}
