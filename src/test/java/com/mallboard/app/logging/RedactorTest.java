package com.mallboard.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void koreanMobileAndLandlineNumbersAreMaskedInEveryCommonWriting() {
        assertThat(Redactor.redact("receiver 010-1234-5678 called")).isEqualTo("receiver [phone] called");
        assertThat(Redactor.redact("cell 01098765432.")).isEqualTo("cell [phone].");
        assertThat(Redactor.redact("+82 10 1234 5678 / +82-10-1234-5678")).isEqualTo("[phone] / [phone]");
        assertThat(Redactor.redact("Seoul 02-123-4567, Suwon 031.123.4567, VoIP 070-1234-5678, call 1588-1234"))
                .isEqualTo("Seoul [phone], Suwon [phone], VoIP [phone], call [phone]");
    }

    @Test
    void datesTimesOrderNumbersAndCountsAreNotPhoneNumbers() {
        String line = "2026-11-26T09:15:02.123+09:00 order 20261126-0000123 sent 12, failed 0, retry 2 in 1500 ms";
        assertThat(Redactor.redact(line)).isEqualTo(line);
    }

    @Test
    void aLongTokenIsRedactedInTimeProportionalToItsLength() {
        String token = "a1".repeat(100_000);

        String redacted = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> Redactor.redact("body " + token + " from kim" + token + "@example.com"));

        assertThat(redacted).isEqualTo("body " + token + " from [email]");
    }

    @Test
    void emailAddressesAreMasked() {
        assertThat(Redactor.redact("buyer kim.minji+shop@example.co.kr wrote"))
                .isEqualTo("buyer [email] wrote");
    }

    @Test
    void tokensSecretsAndCodesInQueriesFormsAndJsonAreMasked() {
        assertThat(Redactor.redact("GET /oauth/callback?code=AbC123xyz&state=s1"))
                .isEqualTo("GET /oauth/callback?code=***&state=s1");
        assertThat(Redactor.redact("grant_type=refresh_token&refresh_token=r-42&client_secret=s3cr3t"))
                .isEqualTo("grant_type=refresh_token&refresh_token=***&client_secret=***");
        assertThat(Redactor.redact("{\"access_token\":\"tok-1\",\"expires_at\":\"2026\",\"refresh_token\": \"r-2\"}"))
                .isEqualTo("{\"access_token\":\"***\",\"expires_at\":\"2026\",\"refresh_token\": \"***\"}");
        assertThat(Redactor.redact("password: hunter2")).isEqualTo("password: ***");
    }

    @Test
    void authorizationHeadersKeepTheirSchemeButNotTheCredential() {
        assertThat(Redactor.redact("Authorization: Bearer eyJhbGciOi.J9.x-y_z")).isEqualTo("Authorization: Bearer ***");
        assertThat(Redactor.redact("Authorization: Basic bWFsbDpzZWNyZXQ=")).isEqualTo("Authorization: Basic ***");
        assertThat(Redactor.redact("sent Bearer abc.def")).isEqualTo("sent Bearer ***");
    }

    @Test
    void errorCodesAndProductCodesAreNotOAuthCodes() {
        String line = "{\"error\":{\"code\":\"invalid_request\"}} error_code=422 product_code=P000001";
        assertThat(Redactor.redact(line)).isEqualTo(line);
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(Redactor.redact(null)).isNull();
        assertThat(Redactor.redact("")).isEmpty();
    }
}
