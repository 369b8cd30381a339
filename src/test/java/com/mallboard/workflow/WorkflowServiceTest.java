package com.mallboard.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import com.mallboard.product.StageMove;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowServiceTest {
    @TempDir
    Path folder;

    private TestStore store;
    private WorkflowService workflow;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
        workflow = store.workflow();
    }

    private Product inSourcingWithoutSupplier() {
        return store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN").toBuilder().supplier(null).build());
    }

    @Test
    void movingToLabelingWithoutSupplierShowsGateReason() {
        Product product = inSourcingWithoutSupplier();

        MoveResult result = workflow.move(product, Stage.LABELING, null);

        assertThat(result).isInstanceOfSatisfying(MoveResult.Blocked.class, blocked -> {
            assertThat(blocked.gateStage()).isEqualTo(Stage.SOURCING);
            assertThat(blocked.problems()).containsExactly(GateProblem.missing(ProductField.SUPPLIER));
        });
        assertThat(result.moved()).isFalse();
        assertThat(store.reload(product)).isEqualTo(product);
        assertThat(store.products().stageHistory(product.id())).hasSize(1);
    }

    @Test
    void movingForwardThroughAnOpenGateRecordsWhoMovedItAndWhen() {
        Product product = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN"));
        store.clock().advance(Duration.ofDays(4));

        MoveResult result = workflow.move(product, Stage.LABELING, "  ");

        Instant movedAt = TestClock.START.plus(Duration.ofDays(4));
        assertThat(result).isInstanceOfSatisfying(MoveResult.Moved.class, moved -> {
            assertThat(moved.from()).isEqualTo(Stage.SOURCING);
            assertThat(moved.product().stage()).isEqualTo(Stage.LABELING);
            assertThat(moved.product().stageEnteredAt()).isEqualTo(movedAt);
            assertThat(moved.product().version()).isEqualTo(product.version() + 1);
        });
        assertThat(store.products().stageHistory(product.id())).last().isEqualTo(
                new StageMove(product.id(), Stage.SOURCING, Stage.LABELING, movedAt, TestStore.USER, null));
    }

    @Test
    void movingBackWithoutAReasonAsksForOne() {
        Product product = store.createAt(Stage.LABELING, TestStore.completeDetails("TOR-SUN"));

        assertThat(workflow.move(product, Stage.SOURCING, null)).isInstanceOf(MoveResult.ReasonRequired.class);
        assertThat(workflow.move(product, Stage.SOURCING, " \t ")).isInstanceOf(MoveResult.ReasonRequired.class);
        assertThat(store.reload(product).stage()).isEqualTo(Stage.LABELING);
        assertThat(store.products().stageHistory(product.id())).hasSize(1);
    }

    @Test
    void movingBackWithAReasonMovesAndTheHistorySaysWhy() {
        Product product = store.createAt(Stage.LABELING, TestStore.completeDetails("TOR-SUN"));
        store.clock().advance(Duration.ofHours(3));

        MoveResult result = workflow.move(product, Stage.SOURCING, "  공급처가 단가를 올림 ");

        assertThat(result.moved()).isTrue();
        assertThat(store.reload(product).stage()).isEqualTo(Stage.SOURCING);
        assertThat(store.products().stageHistory(product.id())).last().isEqualTo(new StageMove(product.id(),
                Stage.LABELING, Stage.SOURCING, TestClock.START.plus(Duration.ofHours(3)), TestStore.USER,
                "공급처가 단가를 올림"));
    }

    @Test
    void movingBackIgnoresTheGates() {
        Product product = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-SUN").toBuilder()
                .supplier(null).barcode(null).build());

        assertThat(workflow.move(product, Stage.PLANNING, "리뉴얼").moved()).isTrue();
    }

    @Test
    void skippingAStageChecksTheGateOfTheStageSkipped() {
        Product product = store.createAt(Stage.PLANNING, TestStore.completeDetails("TOR-SUN").toBuilder()
                .supplier(null).build());

        MoveResult result = workflow.move(product, Stage.LABELING, null);

        assertThat(result).isInstanceOfSatisfying(MoveResult.Blocked.class, blocked -> {
            assertThat(blocked.gateStage()).isEqualTo(Stage.SOURCING);
            assertThat(blocked.problems()).containsExactly(GateProblem.missing(ProductField.SUPPLIER));
        });
    }

    @Test
    void skippingAStageStopsAtTheFirstClosedGate() {
        Product product = store.createAt(Stage.PLANNING, TestStore.completeDetails("TOR-SUN").toBuilder()
                .brand(null).supplier(null).build());

        MoveResult result = workflow.move(product, Stage.LABELING, null);

        assertThat(result).isInstanceOfSatisfying(MoveResult.Blocked.class, blocked -> {
            assertThat(blocked.gateStage()).isEqualTo(Stage.PLANNING);
            assertThat(blocked.problems()).containsExactly(GateProblem.missing(ProductField.BRAND));
        });
    }

    @Test
    void skippingAStageWhenBothGatesAreOpenIsOneMove() {
        Product product = store.createAt(Stage.PLANNING, TestStore.completeDetails("TOR-SUN"));

        MoveResult result = workflow.move(product, Stage.LABELING, null);

        assertThat(result.moved()).isTrue();
        assertThat(store.products().stageHistory(product.id())).extracting(StageMove::from, StageMove::to)
                .containsExactly(
                        tuple(null, Stage.PLANNING), tuple(Stage.PLANNING, Stage.LABELING));
    }

    @Test
    void droppingACardOnItsOwnColumnChangesNothing() {
        Product product = store.createDraft("TOR-SUN", "선크림");

        assertThat(workflow.move(product, Stage.PLANNING, null)).isEqualTo(new MoveResult.Unchanged(product));
        assertThat(store.reload(product).version()).isEqualTo(product.version());
    }

    @Test
    void revertingPutsTheCardBackWithoutAskingTheGates() {
        Product product = store.createAt(Stage.LABELING, TestStore.completeDetails("TOR-SUN").toBuilder()
                .supplier(null).build());
        Product movedBack = ((MoveResult.Moved) workflow.move(product, Stage.SOURCING, "확인 필요")).product();

        MoveResult result = workflow.revert(movedBack, Stage.LABELING, "undo");

        assertThat(result.moved()).isTrue();
        assertThat(store.reload(product).stage()).isEqualTo(Stage.LABELING);
        assertThat(store.products().stageHistory(product.id())).last().extracting(StageMove::reason)
                .isEqualTo("undo");
        assertThat(workflow.revert(store.reload(product), Stage.LABELING, "undo"))
                .isInstanceOf(MoveResult.Unchanged.class);
    }

    @Test
    void theCardKnowsWhatBlocksItsNextMove() {
        Product product = inSourcingWithoutSupplier();

        assertThat(workflow.problemsForNextStage(product)).containsExactly(GateProblem.missing(ProductField.SUPPLIER));
    }
}
