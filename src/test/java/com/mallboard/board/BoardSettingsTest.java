package com.mallboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardSettingsTest {
    @TempDir
    Path folder;

    private BoardSettings settings;

    @BeforeEach
    void openStore() {
        settings = TestStore.open(folder).boardSettings();
    }

    @Test
    void columnsHaveNoWipLimitUntilOneIsSet() {
        for (Stage stage : Stage.values()) {
            assertThat(settings.wipLimit(stage)).isEmpty();
        }
    }

    @Test
    void aWipLimitIsRememberedPerColumn() {
        settings.setWipLimit(Stage.LABELING, 5);
        settings.setWipLimit(Stage.SHIPMENT, 12);

        BoardSettings nextSession = TestStore.open(folder).boardSettings();

        assertThat(nextSession.wipLimit(Stage.LABELING)).isEqualTo(OptionalInt.of(5));
        assertThat(nextSession.wipLimit(Stage.SHIPMENT)).isEqualTo(OptionalInt.of(12));
        assertThat(nextSession.wipLimit(Stage.SOURCING)).isEmpty();
    }

    @Test
    void settingZeroOrLessRemovesTheLimit() {
        settings.setWipLimit(Stage.LABELING, 5);
        settings.setWipLimit(Stage.LABELING, 0);
        settings.setWipLimit(Stage.SOURCING, 3);
        settings.setWipLimit(Stage.SOURCING, -1);

        assertThat(settings.wipLimit(Stage.LABELING)).isEmpty();
        assertThat(settings.wipLimit(Stage.SOURCING)).isEmpty();
    }

    @Test
    void theSwimlaneChoiceIsRemembered() {
        assertThat(settings.swimlanes()).isEqualTo(Swimlanes.NONE);

        settings.setSwimlanes(Swimlanes.INFLUENCER);

        assertThat(TestStore.open(folder).boardSettings().swimlanes()).isEqualTo(Swimlanes.INFLUENCER);
    }

    @Test
    void unreadableStoredValuesMeanNoLimitAndNoSwimlanesInsteadOfACrash(@TempDir Path other) {
        TestStore store = TestStore.open(other);
        store.settings().put("board.wip.planning", "열 개");
        store.settings().put("board.swimlanes", "BY_SUPPLIER");
        assertThat(store.boardSettings().wipLimit(Stage.PLANNING)).isEmpty();
        assertThat(store.boardSettings().swimlanes()).isEqualTo(Swimlanes.NONE);
    }

    @Test
    void typedLimitsEmptyAndZeroMeanNoLimitAndWholeNumbersUpToTheMaximumAreLimits() {
        assertThat(BoardSettings.parseWipLimit("  ")).hasValue(0);
        assertThat(BoardSettings.parseWipLimit("0")).hasValue(0);
        assertThat(BoardSettings.parseWipLimit(" 12 ")).hasValue(12);
        assertThat(BoardSettings.parseWipLimit(Integer.toString(BoardSettings.MAX_WIP_LIMIT)))
                .hasValue(BoardSettings.MAX_WIP_LIMIT);
    }

    @Test
    void typedTextThatIsNoLimitIsRefusedRatherThanReadAsNoLimit() {
        assertThat(BoardSettings.parseWipLimit("1O")).isEqualTo(OptionalInt.empty());
        assertThat(BoardSettings.parseWipLimit("-3")).isEmpty();
        assertThat(BoardSettings.parseWipLimit("2.5")).isEmpty();
        assertThat(BoardSettings.parseWipLimit("10000")).isEmpty();
        assertThat(BoardSettings.parseWipLimit("99999999999")).isEmpty();
    }
}
