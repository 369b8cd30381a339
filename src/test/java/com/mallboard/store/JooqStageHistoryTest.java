package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.suggest.risk.RecordedMove;
import com.mallboard.suggest.risk.StageDuration;
import com.mallboard.suggest.risk.StageDurations;
import com.mallboard.workflow.MoveResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqStageHistoryTest {
    @TempDir
    Path folder;

    private TestStore store;
    private JooqStageHistory history;

    @BeforeEach
    void open() {
        store = TestStore.open(folder);
        history = new JooqStageHistory(store.dsl());
    }

    private Product move(Product product, Stage to, String reason) {
        return ((MoveResult.Moved) store.workflow().move(product, to, reason)).product();
    }

    @Test
    void everyMoveOfTheActiveProductsIsRead() {
        Product first = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-1"));
        Product second = store.createAt(Stage.LABELING, TestStore.completeDetails("TOR-2"));
        store.clock().advance(Duration.ofDays(3));
        first = move(first, Stage.LABELING, null);
        store.clock().advance(Duration.ofDays(2));
        move(second, Stage.SHIPMENT, null);
        store.clock().advance(Duration.ofDays(1));
        move(first, Stage.SOURCING, "샘플 불량");

        Instant start = TestClock.START;
        assertThat(history.movesOfActiveProducts()).containsExactlyInAnyOrder(
                new RecordedMove(first.id(), Stage.SOURCING, start),
                new RecordedMove(first.id(), Stage.LABELING, start.plus(Duration.ofDays(3))),
                new RecordedMove(first.id(), Stage.SOURCING, start.plus(Duration.ofDays(6))),
                new RecordedMove(second.id(), Stage.LABELING, start),
                new RecordedMove(second.id(), Stage.SHIPMENT, start.plus(Duration.ofDays(5))));
    }

    @Test
    void trashedProductsSayNothingAboutHowLongStagesTake() {
        Product kept = store.createAt(Stage.LABELING, TestStore.completeDetails("KEEP-1"));
        Product trashed = store.createAt(Stage.LABELING, TestStore.completeDetails("TRASH-1"));
        store.products().moveToTrash(trashed.id());

        assertThat(history.movesOfActiveProducts()).extracting(RecordedMove::productId).containsExactly(kept.id());
    }

    @Test
    void durationsLearnedFromTheStoreTakeTheMedianStayInLabeling() {
        int[] labelingDays = {4, 5, 6, 7, 90};
        for (int i = 0; i < labelingDays.length; i++) {
            store.clock().set(TestClock.START);
            Product product = store.createAt(Stage.LABELING, TestStore.completeDetails("LAB-" + i));
            store.clock().advance(Duration.ofDays(labelingDays[i]));
            move(product, Stage.SHIPMENT, null);
        }

        StageDurations durations = StageDurations.from(history.movesOfActiveProducts());

        assertThat(durations.of(Stage.LABELING)).isEqualTo(new StageDuration(6, 5, false));
        assertThat(durations.of(Stage.SOURCING).fromDefaults()).isTrue();
        assertThat(store.launchRisk().durations().of(Stage.LABELING).days()).isEqualTo(6);
    }
}
