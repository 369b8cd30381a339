package com.mallboard.sync;

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
    void messagesAreHiddenUntilShown() {
        assertThat(PersonalData.orHidden("문 앞에 놓아 주세요", false)).isEqualTo(PersonalData.HIDDEN);
        assertThat(PersonalData.orHidden("문 앞에 놓아 주세요", true)).isEqualTo("문 앞에 놓아 주세요");
    }

    @Test
    void phonesKeepTheirFirstGroupAndLastFourDigits() {
        assertThat(PersonalData.maskPhone("010-1234-5678")).isEqualTo("010-****-5678");
        assertThat(PersonalData.maskPhone("01012345678")).isEqualTo("010****5678");
        assertThat(PersonalData.maskPhone("02-345-6789")).isEqualTo("02-***-6789");
        assertThat(PersonalData.maskPhone(" 010 1234 5678 ")).isEqualTo("010 **** 5678");
    }

    @Test
    void shortOrOddPhonesStillHideMostDigits() {
        assertThat(PersonalData.maskPhone("1588-1255")).isEqualTo("****-**55");
        assertThat(PersonalData.maskPhone("123-4567")).isEqualTo("***-**67");
        assertThat(PersonalData.maskPhone(null)).isEmpty();
    }

    @Test
    void addressesKeepCityAndDistrictOnly() {
        assertThat(PersonalData.maskAddress("서울특별시 강남구 테헤란로 123, 4층")).isEqualTo("서울특별시 강남구 …");
        assertThat(PersonalData.maskAddress("제주특별자치도")).isEqualTo("제주특별자치도 …");
        assertThat(PersonalData.maskAddress("  ")).isEmpty();
    }

    @Test
    void surrogatePairsCountAsOneLetter() {
        assertThat(PersonalData.maskName("𠮷田")).isEqualTo("𠮷*");
    }

    @Test
    void aReceiverReadsMaskedUnlessShownAndEmptyWhenThereIsNone() {
        Receiver receiver = new Receiver("김민지", "02-123-4567", "010-1234-5678", "06236", "서울특별시 강남구 테헤란로 1",
                "101동 202호", "문 앞에");
        assertThat(PersonalData.name(receiver, false)).isEqualTo("김*지");
        assertThat(PersonalData.phones(receiver, false)).isEqualTo("010-****-5678 / 02-***-4567");
        assertThat(PersonalData.address(receiver, false)).isEqualTo("서울특별시 강남구 …");
        assertThat(PersonalData.name(receiver, true)).isEqualTo("김민지");
        assertThat(PersonalData.phones(receiver, true)).isEqualTo("010-1234-5678 / 02-123-4567");
        assertThat(PersonalData.address(receiver, true)).isEqualTo("(06236) 서울특별시 강남구 테헤란로 1 101동 202호");
        Receiver sameNumberTwice = new Receiver(null, "010-1234-5678", "010-1234-5678", null, null, null, null);
        assertThat(PersonalData.phones(sameNumberTwice, true)).isEqualTo("010-1234-5678");
        assertThat(PersonalData.name(sameNumberTwice, true)).isEmpty();
        assertThat(PersonalData.address(null, true)).isEmpty();
    }
}
