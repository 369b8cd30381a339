package com.mallboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.GateProblem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardServiceTest {
    @TempDir
    Path folder;

    private TestStore store;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
    }

    @Test
    void theBoardShowsActiveProductsButNotTheTrash() {
        Product kept = store.createDraft("KEEP", "남는 상품");
        Product trashed = store.createDraft("GONE", "버린 상품");
        store.products().moveToTrash(trashed.id());

        assertThat(store.board().loadCards()).extracting(BoardCard::id).containsExactly(kept.id());
    }

    @Test
    void aTrashedOrUnknownProductHasNoCard() {
        Product product = store.createDraft("TOR-SUN", "선크림");
        assertThat(store.board().findCard(product.id())).isPresent();

        store.products().moveToTrash(product.id());

        assertThat(store.board().findCard(product.id())).isEmpty();
        assertThat(store.board().findCard(4711)).isEmpty();
    }

    @Test
    void aCardCountsTheDaysItHasSpentInItsStage() {
        Product product = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN"));
        assertThat(store.board().loadCards()).singleElement().extracting(BoardCard::daysInStage).isEqualTo(0L);

        store.clock().advance(Duration.ofDays(3));

        assertThat(store.board().loadCards()).singleElement().extracting(BoardCard::daysInStage).isEqualTo(3L);
        store.workflow().move(store.reload(product), Stage.LABELING, null);
        assertThat(store.board().findCard(product.id()).orElseThrow().daysInStage()).isZero();
    }

    @Test
    void daysInStageFollowTheCalendarInSeoul() {
        // 00:30 on 26 November in Seoul is still 25 November in UTC.
        store.clock().set(Instant.parse("2026-11-25T15:30:00Z"));
        store.createDraft("TOR-SUN", "선크림");
        store.clock().set(Instant.parse("2026-11-26T14:00:00Z"));

        assertThat(store.board().today()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(store.board().loadCards()).singleElement().extracting(BoardCard::daysInStage).isEqualTo(0L);

        store.clock().set(Instant.parse("2026-11-26T15:00:00Z"));
        assertThat(store.board().today()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(store.board().loadCards()).singleElement().extracting(BoardCard::daysInStage).isEqualTo(1L);
    }

    @Test
    void aCardShowsWhatBlocksItsNextMove() {
        store.createDraft("TOR-SUN", "선크림");
        store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-TONER"));

        assertThat(store.board().loadCards()).extracting(BoardCard::gateProblems).containsExactly(
                List.of(GateProblem.missing(ProductField.BRAND), GateProblem.missing(ProductField.PRICE),
                        GateProblem.missing(ProductField.LAUNCH_DATE)),
                List.of());
    }

    @Test
    void aCardShowsItsChecklistProgress() {
        Product withActions = store.createDraft("TOR-SUN", "선크림");
        store.createDraft("TOR-TONER", "토너");
        LocalDate today = store.board().today();
        store.products().addAction(withActions.id(), "샘플", Stage.PLANNING, today.minusDays(2));
        var done = store.products().addAction(withActions.id(), "견적", Stage.PLANNING, null);
        store.products().setActionDone(done.id(), true);

        assertThat(store.board().loadCards()).extracting(BoardCard::checklist).containsExactly(
                new ChecklistProgress(1, 2, 1), ChecklistProgress.NONE);
        assertThat(store.board().findCard(withActions.id()).orElseThrow().isOverdue(today)).isTrue();
    }

    @Test
    void theStartOfTheTestClockIsAWednesdayMorningInSeoul() {
        assertThat(store.board().today()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(TestClock.START).isEqualTo(Instant.parse("2026-11-25T01:00:00Z"));
    }
}
