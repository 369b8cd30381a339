package com.mallboard.suggest.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionTitlesTest {
    @Test
    void caseSpacesAndPunctuationDoNotMakeANewAction() {
        assertThat(ActionTitles.key("Order SPF/PA test report")).isEqualTo("order spf pa test report");
        assertThat(ActionTitles.key("  order spf / pa  TEST report. ")).isEqualTo("order spf pa test report");
        assertThat(ActionTitles.key("기능성 심사 — 식약처 제출")).isEqualTo("기능성 심사 식약처 제출");
        assertThat(ActionTitles.key("--- ")).isEmpty();
    }
}
