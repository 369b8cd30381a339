package com.mallboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BoardSettingsWipLimitTest {

    @Test
    void emptyAndZeroMeanNoLimitAndWholeNumbersUpToTheMaximumAreLimits() {
        assertThat(BoardSettings.parseWipLimit("  ")).hasValue(0);
        assertThat(BoardSettings.parseWipLimit("0")).hasValue(0);
        assertThat(BoardSettings.parseWipLimit(" 12 ")).hasValue(12);
        assertThat(BoardSettings.parseWipLimit(Integer.toString(BoardSettings.MAX_WIP_LIMIT)))
                .hasValue(BoardSettings.MAX_WIP_LIMIT);
    }

    @Test
    void textThatIsNoLimitIsRefusedRatherThanReadAsNoLimit() {
        assertThat(BoardSettings.parseWipLimit("1O")).isEqualTo(OptionalInt.empty());
        assertThat(BoardSettings.parseWipLimit("-3")).isEmpty();
        assertThat(BoardSettings.parseWipLimit("2.5")).isEmpty();
        assertThat(BoardSettings.parseWipLimit("10000")).isEmpty();
        assertThat(BoardSettings.parseWipLimit("99999999999")).isEmpty();
    }
}
