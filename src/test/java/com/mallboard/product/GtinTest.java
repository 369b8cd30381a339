package com.mallboard.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @ParameterizedTest
    @ValueSource(strings = {"4006381333931", "8801234567893", "0000000000000", "8809669990019"})
    void realEan13CodesAreValid(String code) {
        assertThat(Gtin.isValidEan13(code)).isTrue();
    }

    @Test
    void aWrongCheckDigitIsInvalid() {
        assertThat(Gtin.isValidEan13("4006381333932")).isFalse();
        assertThat(Gtin.isValidEan13("8801234567890")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"400638133393", "40063813339311", "40063813339A1", "4006381 33931", "4006-381333931",
        "ABCDEFGHIJKLM"})
    void anythingButThirteenDigitsIsInvalid(String code) {
        assertThat(Gtin.isValidEan13(code)).isFalse();
    }

    @Test
    void fullWidthDigitsTypedWithAKoreanKeyboardAreNotValid() {
        // The first twelve digits in full width (U+FF10..), the last in ASCII; a label printer cannot encode these.
        String fullWidth = "８８０１２３４５６７８９";
        for (char check = '0'; check <= '9'; check++) {
            assertThat(Gtin.isValidEan13(fullWidth + check)).as("check digit %s", check).isFalse();
        }
    }

    @Test
    void theCheckDigitFollowsTheGs1Weights() {
        assertThat(Gtin.checkDigit("400638133393")).isEqualTo(1);
        assertThat(Gtin.checkDigit("880123456789")).isEqualTo(3);
        assertThat(Gtin.checkDigit("000000000000")).isZero();
    }

    @Test
    void twelveDigitsAreCompletedWithTheirCheckDigit() {
        assertThat(Gtin.ean13("400638133393")).isEqualTo("4006381333931");
        assertThat(Gtin.isValidEan13(Gtin.ean13("880966999001"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"96385074", "036000291452", "4006381333931"})
    void ean8UpcAAndEan13WithTheirCheckDigitAreValidGtins(String code) {
        assertThat(Gtin.looksLikeGtin(code)).isTrue();
        assertThat(Gtin.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"96385075", "036000291453", "4006381333932"})
    void aGtinWithAWrongCheckDigitLooksLikeOneButIsInvalid(String code) {
        assertThat(Gtin.looksLikeGtin(code)).isTrue();
        assertThat(Gtin.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567", "123456789", "40063813339311", "CUSHION-21", "８８０１２３４５"})
    void otherLengthsAndLettersAreNoGtin(String code) {
        assertThat(Gtin.looksLikeGtin(code)).isFalse();
        assertThat(Gtin.isValid(code)).isFalse();
    }
}
