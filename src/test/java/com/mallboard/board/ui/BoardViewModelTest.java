package com.mallboard.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.BoardCard;
import com.mallboard.board.BoardFilter;
import com.mallboard.board.FirstLoad;
import com.mallboard.board.Swimlanes;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardViewModelTest {
    @TempDir
    Path folder;

    private TestStore store;
    private BoardViewModel model;

    @BeforeEach
    void openBoard() {
        store = TestStore.open(folder);
        model = new BoardViewModel(store.board(), store.boardActions(), store.boardSettings(),
                new SameThreadTaskExecutor());
    }

    private void load() {
        model.load(error -> {
            throw new AssertionError(error);
        });
    }

    @Test
    void loadingPutsEveryCardInItsStageColumnOrderedByLaunchDate() {
        store.createAt(Stage.SOURCING, TestStore.completeDetails("LATE").toBuilder()
                .launchDate(java.time.LocalDate.of(2027, 9, 1)).build());
        store.createAt(Stage.SOURCING, TestStore.completeDetails("EARLY").toBuilder()
                .launchDate(java.time.LocalDate.of(2027, 1, 1)).build());
        store.createDraft("DRAFT-1", "초안");
        load();
        assertThat(model.visibleCards(Stage.SOURCING)).extracting(c -> c.product().sku())
                .containsExactly("EARLY", "LATE");
        assertThat(model.visibleCards(Stage.PLANNING)).hasSize(1);
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void suggestionBadgesAreCountedOnlyOnceTheCardsAreDrawn() {
        Product toner = store.createAt(Stage.PLANNING, TestStore.completeDetails("TONER-1"));
        List<Runnable> afterFrame = new ArrayList<>();
        BoardViewModel badged = new BoardViewModel(store.board(products -> Map.of(toner.id(), 3)),
                store.boardActions(), store.boardSettings(), new SameThreadTaskExecutor());
        badged.afterCardsDrawn(afterFrame::add);
        badged.load(error -> {
            throw new AssertionError(error);
        });

        assertThat(badged.visibleCards(Stage.PLANNING)).singleElement().extracting(BoardCard::openSuggestions)
                .isEqualTo(0);
        assertThat(afterFrame).hasSize(1);
        afterFrame.get(0).run();
        assertThat(badged.visibleCards(Stage.PLANNING)).singleElement().extracting(BoardCard::openSuggestions)
                .isEqualTo(3);
    }

    @Test
    void filteringHidesCardsInEveryColumnButKeepsTotals() {
        store.createAt(Stage.PLANNING, TestStore.completeDetails("SUN-1"), "sunscreen");
        store.createAt(Stage.LABELING, TestStore.completeDetails("SUN-2"), "sunscreen");
        store.createAt(Stage.LABELING, ProductDetails.of("TONER-1", "토너"));
        load();
        model.filterProperty().set(BoardFilter.NONE.withText("#sunscreen"));
        assertThat(model.visibleCards(Stage.LABELING)).extracting(c -> c.product().sku()).containsExactly("SUN-2");
        assertThat(model.allCards(Stage.LABELING)).hasSize(2);
        assertThat(model.tags()).containsExactly("sunscreen");
    }

    @Test
    void aColumnOverItsWipLimitIsFlaggedAndTheLimitIsRemembered() {
        store.createDraft("A-1", "하나");
        store.createDraft("A-2", "둘");
        load();
        model.setWipLimit(Stage.PLANNING, 1);
        assertThat(model.isOverWipLimit(Stage.PLANNING)).isTrue();
        assertThat(store.boardSettings().wipLimit(Stage.PLANNING)).hasValue(1);
        model.setWipLimit(Stage.PLANNING, 0);
        assertThat(model.isOverWipLimit(Stage.PLANNING)).isFalse();
    }

    @Test
    void refreshingAMovedCardTakesItOutOfTheOldColumnAndIntoTheNew() {
        Product product = store.products().create(TestStore.completeDetails("MOVE-1"), Set.of());
        load();
        store.boardActions().move(product.id(), Stage.SOURCING, null);
        model.refresh(List.of(product.id()), () -> { });
        assertThat(model.visibleCards(Stage.PLANNING)).isEmpty();
        assertThat(model.visibleCards(Stage.SOURCING)).extracting(BoardCard::id).containsExactly(product.id());
    }

    @Test
    void trashedCardsDisappearOnRefresh() {
        Product product = store.createDraft("GONE-1", "사라질 상품");
        load();
        store.boardActions().trashAll(List.of(product.id()));
        model.refresh(List.of(product.id()), () -> { });
        assertThat(model.allCards()).isEmpty();
    }

    @Test
    void swimlanesByBrandListEachBrandOnceAndAreRemembered() {
        store.createAt(Stage.PLANNING, TestStore.completeDetails("B-1").toBuilder().brand("Torriden").build());
        store.createAt(Stage.SHIPMENT, TestStore.completeDetails("B-2").toBuilder().brand("Anua").build());
        store.createAt(Stage.SOURCING, TestStore.completeDetails("B-3").toBuilder().brand("Anua").build());
        load();
        model.swimlanesProperty().set(Swimlanes.BRAND);
        assertThat(model.lanes()).containsExactly("Anua", "Torriden");
        assertThat(store.boardSettings().swimlanes()).isEqualTo(Swimlanes.BRAND);
    }

    @Test
    void theFirstCardsOfEachColumnShowBeforeTheWholeBoardWithTrueColumnSizes() {
        for (int i = 0; i < BoardViewModel.PREVIEW_CARDS + 5; i++) {
            store.createAt(Stage.SOURCING, TestStore.completeDetails(String.format("S-%03d", i)));
        }
        store.createDraft("P-1", "기획 상품");
        store.boardSettings().setWipLimit(Stage.SOURCING, 10);
        QueuedExecutor queue = new QueuedExecutor();
        BoardViewModel stepped = new BoardViewModel(store.board(), store.boardActions(), store.boardSettings(), queue);
        stepped.load(error -> {
            throw new AssertionError(error);
        });

        queue.runNext();
        assertThat(stepped.allCards(Stage.SOURCING)).hasSize(BoardViewModel.PREVIEW_CARDS)
                .extracting(c -> c.product().sku()).startsWith("S-000", "S-001");
        assertThat(stepped.totalProperty(Stage.SOURCING).get()).isEqualTo(BoardViewModel.PREVIEW_CARDS + 5);
        assertThat(stepped.isOverWipLimit(Stage.SOURCING)).isTrue();
        assertThat(stepped.loadingProperty().get()).isTrue();

        queue.runNext();
        assertThat(stepped.allCards(Stage.SOURCING)).hasSize(BoardViewModel.PREVIEW_CARDS + 5);
        assertThat(stepped.totalProperty(Stage.PLANNING).get()).isEqualTo(1);
        assertThat(stepped.loadingProperty().get()).isFalse();
    }

    @Test
    void cardsReadAheadAreShownInOneStepWithTheSettingsAsTheyWereRead() {
        for (int i = 0; i < BoardViewModel.PREVIEW_CARDS + 5; i++) {
            store.createAt(Stage.SOURCING, TestStore.completeDetails(String.format("S-%03d", i)));
        }
        store.boardSettings().setWipLimit(Stage.SOURCING, 10);
        FirstLoad firstLoad = new FirstLoad(store.board(), store.boardSettings());
        firstLoad.prepare().run();
        store.createDraft("LATER-1", "읽은 뒤에 만든 상품");
        QueuedExecutor queue = new QueuedExecutor();
        BoardViewModel ahead = new BoardViewModel(store.board(), store.boardActions(), store.boardSettings(), firstLoad,
                queue);
        ahead.load(error -> {
            throw new AssertionError(error);
        });

        queue.runNext();
        assertThat(ahead.allCards(Stage.SOURCING)).as("every card at once, no preview step")
                .hasSize(BoardViewModel.PREVIEW_CARDS + 5);
        assertThat(ahead.allCards(Stage.PLANNING)).as("as read ahead").isEmpty();
        assertThat(ahead.isOverWipLimit(Stage.SOURCING)).isTrue();
        assertThat(ahead.loadingProperty().get()).isFalse();

        ahead.load(error -> {
            throw new AssertionError(error);
        });
        queue.runNext();
        queue.runNext();
        assertThat(ahead.allCards(Stage.PLANNING)).as("a later load reads the store").hasSize(1);
    }

    @Test
    void aReadAheadThatFailedIsReadAgainByTheLoad() {
        store.createDraft("P-1", "기획 상품");
        FirstLoad firstLoad = new FirstLoad(store.board(), store.boardSettings());
        Runnable read = firstLoad.prepare();
        store.dsl().execute("ALTER TABLE product RENAME TO product_away");
        read.run();
        store.dsl().execute("ALTER TABLE product_away RENAME TO product");
        BoardViewModel ahead = new BoardViewModel(store.board(), store.boardActions(), store.boardSettings(), firstLoad,
                new SameThreadTaskExecutor());
        ahead.load(error -> {
            throw new AssertionError(error);
        });
        assertThat(ahead.allCards(Stage.PLANNING)).extracting(c -> c.product().sku()).containsExactly("P-1");
        assertThat(firstLoad.pending()).isFalse();
    }

    /** Runs background tasks one at a time when the test says so, to look at the board between steps. */
    private static final class QueuedExecutor implements com.mallboard.common.TaskExecutor {
        private final java.util.Deque<Runnable> tasks = new java.util.ArrayDeque<>();
        private final SameThreadTaskExecutor now = new SameThreadTaskExecutor();

        @Override
        public <T> void execute(com.mallboard.common.BackgroundTask<T> task) {
            tasks.add(() -> now.execute(task));
        }

        void runNext() {
            tasks.removeFirst().run();
        }
    }
}
