package com.mallboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.ui.BoardViewModel;
import com.mallboard.common.PumpedExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desktops on one team server, end to end: A moves a card, and B's board shows it in the new column within the
 * live board's promise, told by the server (V12 triggers, B's change feed), without reading the whole board again.
 */
@Tag("postgresql")
class LiveBoardOnServerTest {
    private static final Duration PROMISE = Duration.ofSeconds(2);
    /** The promise plus room for a loaded build machine; the benchmark measures the real figure. */
    private static final Duration DEADLINE = PROMISE.multipliedBy(3);

    @TempDir
    Path folder;

    private BoardChanges feedOfB;

    @AfterEach
    void closeFeed() {
        if (feedOfB != null) {
            feedOfB.close();
        }
    }

    @Test
    void aMoveOnDesktopAShowsOnDesktopBsBoardInItsNewColumn() {
        TestStore desktopA = TestStore.open(folder);
        TestStore desktopB = TestStore.open(folder);
        Product moving = desktopA.createAt(Stage.PLANNING, TestStore.completeDetails("LIVE-MOVE"));
        desktopA.createAt(Stage.PLANNING, TestStore.completeDetails("LIVE-STAY"));
        PumpedExecutor uiThreadOfB = new PumpedExecutor();
        BoardViewModel boardOfB = new BoardViewModel(desktopB.board(), desktopB.boardActions(),
                desktopB.boardSettings(), uiThreadOfB);
        feedOfB = desktopB.database().openChangeFeed();
        boardOfB.follow(feedOfB);
        boardOfB.load(error -> {
            throw new AssertionError(error);
        });
        uiThreadOfB.pumpAll();
        BoardCard untouched = boardOfB.allCards(Stage.PLANNING).stream()
                .filter(card -> card.id() != moving.id()).findFirst().orElseThrow();
        awaitFeedListening(desktopB, uiThreadOfB, boardOfB);

        desktopA.boardActions().move(moving.id(), Stage.SOURCING, null);

        assertThat(uiThreadOfB.pumpUntil(() -> boardOfB.allCards(Stage.SOURCING).stream()
                .anyMatch(card -> card.id() == moving.id()), DEADLINE)).as("moved within %s", DEADLINE).isTrue();
        assertThat(boardOfB.allCards(Stage.PLANNING)).extracting(BoardCard::id).containsExactly(untouched.id());
        assertThat(boardOfB.allCards(Stage.PLANNING).get(0)).isSameAs(untouched);
    }

    /**
     * The feed connects on its own thread, and a change made before it LISTENs is never told: a probe card is touched
     * until the board shows it, then trashed until the board lets it go.
     */
    private static void awaitFeedListening(TestStore desktopB, PumpedExecutor ui, BoardViewModel board) {
        Product probe = desktopB.createDraft("LIVE-PROBE", "확인용");
        for (int round = 0; !ui.pumpUntil(() -> shows(board, probe), Duration.ofMillis(500)); round++) {
            assertThat(round).as("desktop B's change feed listens").isLessThan(20);
            desktopB.products().addTags(desktopB.reload(probe), Set.of("probe-" + round));
        }
        desktopB.boardActions().trashAll(List.of(probe.id()));
        assertThat(ui.pumpUntil(() -> !shows(board, probe), DEADLINE)).isTrue();
    }

    private static boolean shows(BoardViewModel board, Product product) {
        return board.allCards().stream().anyMatch(card -> card.id() == product.id());
    }
}
