package com.mallboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.ui.BoardViewModel;
import com.mallboard.common.PumpedExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board takes in changes another desktop made, told by a change feed: only the named cards are read and put in
 * place. Here the test tells the feed what the other desktop changed; {@link LiveBoardOnServerTest} has the server
 * tell it.
 */
class LiveBoardTest {
    @TempDir
    Path folder;

    private TestStore mine;
    private TestStore theirs;
    private final ChangeBroadcast feed = new ChangeBroadcast();
    private final PumpedExecutor executor = new PumpedExecutor();
    private BoardViewModel board;

    @BeforeEach
    void twoDesktops() {
        mine = TestStore.open(folder);
        theirs = TestStore.open(folder);
        board = new BoardViewModel(mine.board(), mine.boardActions(), mine.boardSettings(), executor);
        board.follow(feed);
    }

    private void load() {
        board.load(error -> {
            throw new AssertionError(error);
        });
        executor.pumpAll();
    }

    @Test
    void aCardMovedElsewhereChangesColumnAndTheOtherCardsStayAsTheyAre() {
        Product moving = theirs.createAt(Stage.PLANNING, TestStore.completeDetails("MOVE-1"));
        theirs.createAt(Stage.PLANNING, TestStore.completeDetails("STAY-1"));
        theirs.createAt(Stage.SOURCING, TestStore.completeDetails("STAY-2"));
        load();
        List<BoardCard> before = board.allCards();

        theirs.boardActions().move(moving.id(), Stage.SOURCING, null);
        feed.publish(ChangedCards.of(Set.of(moving.id())));
        executor.pumpAll();

        assertThat(board.allCards(Stage.PLANNING)).extracting(c -> c.product().sku()).containsExactly("STAY-1");
        assertThat(board.allCards(Stage.SOURCING)).extracting(c -> c.product().sku())
                .containsExactlyInAnyOrder("MOVE-1", "STAY-2");
        assertThat(board.totalProperty(Stage.SOURCING).get()).isEqualTo(2);
        // Not a reload: the untouched cards are the very objects loaded before.
        assertThat(board.allCards()).filteredOn(c -> c.id() != moving.id())
                .allSatisfy(card -> assertThat(before).anySatisfy(old -> assertThat(old).isSameAs(card)));
        assertThat(board.updatedByOthersProperty().get()).isEqualTo(1);
    }

    @Test
    void newTrashedAndEditedCardsElsewhereAppearLeaveAndChangeInPlace() {
        Product edited = theirs.createDraft("EDIT-1", "이전 이름");
        Product trashed = theirs.createDraft("TRASH-1", "버릴 상품");
        load();

        Product created = theirs.createDraft("NEW-1", "새 상품");
        theirs.boardActions().trashAll(List.of(trashed.id()));
        theirs.products().update(theirs.reload(edited), edited.details().toBuilder().name("새 이름").build(),
                Set.of("live"));
        feed.publish(ChangedCards.of(Set.of(created.id(), trashed.id(), edited.id())));
        executor.pumpAll();

        assertThat(board.allCards(Stage.PLANNING)).extracting(c -> c.product().name())
                .containsExactlyInAnyOrder("새 이름", "새 상품");
        assertThat(board.tags()).contains("live");
    }

    @Test
    void thisDesktopsOwnChangeComingBackFromTheServerChangesNothingOnScreen() {
        Product product = mine.createAt(Stage.PLANNING, TestStore.completeDetails("OWN-1"));
        load();
        mine.boardActions().move(product.id(), Stage.SOURCING, null);
        board.refresh(List.of(product.id()), () -> { });
        executor.pumpAll();
        List<ListChangeListener.Change<? extends BoardCard>> changes = new ArrayList<>();
        board.allCards(Stage.SOURCING).addListener((ListChangeListener<BoardCard>) changes::add);

        feed.publish(ChangedCards.of(Set.of(product.id())));
        executor.pumpAll();

        assertThat(changes).isEmpty();
        assertThat(board.allCards(Stage.SOURCING)).hasSize(1);
        assertThat(board.updatedByOthersProperty().get()).isZero();
    }

    @Test
    void anEditThatKeepsTheCardsPlaceReplacesItWhereItIs() {
        Product first = theirs.createDraft("A-1", "하나");
        theirs.createDraft("A-2", "둘");
        load();
        List<ListChangeListener.Change<? extends BoardCard>> changes = new ArrayList<>();
        board.allCards(Stage.PLANNING).addListener((ListChangeListener<BoardCard>) changes::add);

        theirs.products().update(theirs.reload(first), first.details().toBuilder().name("하나!").build(), Set.of());
        feed.publish(ChangedCards.of(Set.of(first.id())));
        executor.pumpAll();

        assertThat(board.allCards(Stage.PLANNING)).extracting(c -> c.product().name()).containsExactly("하나!", "둘");
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.next()).isTrue();
            assertThat(change.wasReplaced()).isTrue();
            assertThat(change.getFrom()).isZero();
        });
    }

    @Test
    void aBurstOfChangesIsReadAsOneBatchAndEverythingReadsTheWholeBoard() {
        Product a = theirs.createAt(Stage.PLANNING, TestStore.completeDetails("B-1"));
        Product b = theirs.createAt(Stage.PLANNING, TestStore.completeDetails("B-2"));
        load();
        theirs.boardActions().move(a.id(), Stage.SOURCING, null);
        theirs.boardActions().move(b.id(), Stage.SOURCING, null);
        feed.publish(ChangedCards.of(Set.of(a.id())));
        feed.publish(ChangedCards.of(Set.of(b.id())));
        executor.pumpAll();
        assertThat(board.allCards(Stage.SOURCING)).hasSize(2);
        assertThat(board.updatedByOthersProperty().get()).isEqualTo(1);

        theirs.createDraft("B-3", "셋");
        feed.publish(ChangedCards.EVERYTHING);
        executor.pumpAll();
        assertThat(board.allCards(Stage.PLANNING)).extracting(c -> c.product().sku()).containsExactly("B-3");
        assertThat(board.updatedByOthersProperty().get()).isEqualTo(2);
    }

    @Test
    void changesThatArriveWhileTheBoardLoadsWaitForTheLoad() {
        theirs.createDraft("W-1", "하나");
        board.load(error -> {
            throw new AssertionError(error);
        });
        Product later = theirs.createDraft("W-2", "둘");
        feed.publish(ChangedCards.of(Set.of(later.id())));
        executor.pumpAll();
        assertThat(board.allCards(Stage.PLANNING)).extracting(c -> c.product().sku()).containsExactly("W-1", "W-2");
    }
}
