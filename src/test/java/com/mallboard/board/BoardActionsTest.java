package com.mallboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import com.mallboard.product.StageMove;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.GateProblem;
import com.mallboard.workflow.MoveResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardActionsTest {
    @TempDir
    Path folder;

    private TestStore store;
    private BoardActions actions;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
        actions = store.boardActions();
    }

    private Product inSourcing(String sku) {
        return store.createAt(Stage.SOURCING, TestStore.completeDetails(sku));
    }

    @Test
    void undoingAMovePutsTheCardBack() {
        Product product = inSourcing("TOR-SUN");
        actions.move(product.id(), Stage.LABELING, null);

        UndoableChange undone = actions.undo().orElseThrow();

        assertThat(undone.descriptionKey()).isEqualTo("undo.move");
        assertThat(undone.productIds()).containsExactly(product.id());
        assertThat(store.reload(product).stage()).isEqualTo(Stage.SOURCING);
        assertThat(store.products().stageHistory(product.id())).last().isEqualTo(new StageMove(product.id(),
                Stage.LABELING, Stage.SOURCING, store.clock().instant(), TestStore.USER, "undo"));
        assertThat(actions.canUndo()).isFalse();
    }

    @Test
    void aBlockedMoveLeavesNothingToUndo() {
        Product product = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN").toBuilder()
                .supplier(null).build());

        MoveResult result = actions.move(product.id(), Stage.LABELING, null);

        assertThat(result).isInstanceOf(MoveResult.Blocked.class);
        assertThat(actions.canUndo()).isFalse();
        assertThat(actions.undo()).isEmpty();
    }

    @Test
    void bulkMoveMovesWhatItCanAndReportsTheRest() {
        Product first = inSourcing("TOR-SUN");
        Product noSupplier = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-TONER").toBuilder()
                .supplier(null).build());
        Product second = inSourcing("TOR-SERUM");
        Product alreadyThere = store.createAt(Stage.LABELING, TestStore.completeDetails("TOR-CREAM"));

        BulkMoveResult result = actions.moveAll(
                List.of(first.id(), noSupplier.id(), second.id(), alreadyThere.id()), Stage.LABELING, null);

        assertThat(result.moved()).extracting(moved -> moved.product().id()).containsExactly(first.id(), second.id());
        assertThat(result.notMoved()).singleElement().isInstanceOfSatisfying(MoveResult.Blocked.class, blocked -> {
            assertThat(blocked.product().id()).isEqualTo(noSupplier.id());
            assertThat(blocked.problems()).containsExactly(GateProblem.missing(ProductField.SUPPLIER));
        });
        assertThat(store.reload(noSupplier).stage()).isEqualTo(Stage.SOURCING);
    }

    @Test
    void undoingABulkMoveTakesBackEveryMovedCardTogether() {
        Product first = inSourcing("TOR-SUN");
        Product noSupplier = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-TONER").toBuilder()
                .supplier(null).build());
        Product second = inSourcing("TOR-SERUM");
        actions.moveAll(List.of(first.id(), noSupplier.id(), second.id()), Stage.LABELING, null);

        UndoableChange undone = actions.undo().orElseThrow();

        assertThat(undone.descriptionKey()).isEqualTo("undo.bulk.move");
        assertThat(undone.productIds()).containsExactly(first.id(), second.id());
        assertThat(List.of(store.reload(first), store.reload(noSupplier), store.reload(second)))
                .extracting(Product::stage).containsOnly(Stage.SOURCING);
        assertThat(store.products().stageHistory(noSupplier.id())).hasSize(1);
        assertThat(actions.canUndo()).isFalse();
    }

    @Test
    void bulkMovingBackWithoutAReasonAsksForOneAndMovesNothing() {
        Product first = store.createAt(Stage.LABELING, TestStore.completeDetails("TOR-SUN"));
        Product second = store.createAt(Stage.LABELING, TestStore.completeDetails("TOR-TONER"));

        BulkMoveResult result = actions.moveAll(List.of(first.id(), second.id()), Stage.SOURCING, "");

        assertThat(result.moved()).isEmpty();
        assertThat(result.notMoved()).hasSize(2).allMatch(r -> r instanceof MoveResult.ReasonRequired);
        assertThat(actions.canUndo()).isFalse();
    }

    @Test
    void bulkTaggingAddsTagsAndUndoRestoresEachCardsOwnTags() {
        Product first = store.products().create(ProductDetails.of("TOR-SUN", "선크림"), Set.of("summer"));
        Product second = store.products().create(ProductDetails.of("TOR-TONER", "토너"), Set.of());

        actions.tagAll(List.of(first.id(), second.id()), Set.of("Black Friday"));

        assertThat(store.reload(first).tags()).containsExactlyInAnyOrder("summer", "black-friday");
        assertThat(store.reload(second).tags()).containsExactly("black-friday");

        assertThat(actions.undo().orElseThrow().descriptionKey()).isEqualTo("undo.bulk.tag");
        assertThat(store.reload(first).tags()).containsExactly("summer");
        assertThat(store.reload(second).tags()).isEmpty();
        assertThat(store.products().allTags()).containsExactly("summer");
    }

    @Test
    void undoingAnEditRestoresTheOldValues() {
        Product product = store.products().create(ProductDetails.of("TOR-SUN", "선크림"), Set.of("summer"));
        actions.save(product, product.details().toBuilder().name("다이브인 선크림").priceWon(28_000L).build(),
                Set.of("summer", "new"));

        assertThat(actions.undo().orElseThrow().descriptionKey()).isEqualTo("undo.edit");

        Product restored = store.reload(product);
        assertThat(restored.details()).isEqualTo(product.details());
        assertThat(restored.tags()).containsExactly("summer");
        assertThat(store.products().activity(product.id())).hasSize(6);
    }

    @Test
    void savingWithoutChangesLeavesNothingToUndo() {
        Product product = store.createDraft("TOR-SUN", "선크림");

        Product saved = actions.save(product, product.details(), Set.of());

        assertThat(saved).isSameAs(product);
        assertThat(actions.canUndo()).isFalse();
    }

    @Test
    void undoingCreateMovesTheNewCardToTheTrash() {
        Product created = actions.create(ProductDetails.of("TOR-SUN", "선크림"), Set.of());

        assertThat(actions.undo().orElseThrow().descriptionKey()).isEqualTo("undo.create");

        assertThat(store.reload(created).inTrash()).isTrue();
        assertThat(store.productRepository().findActive()).isEmpty();
    }

    @Test
    void undoingTrashBringsEveryCardBack() {
        Product first = store.createDraft("TOR-SUN", "선크림");
        Product second = store.createDraft("TOR-TONER", "토너");
        actions.trashAll(List.of(first.id(), second.id()));
        assertThat(store.productRepository().findActive()).isEmpty();

        assertThat(actions.undo().orElseThrow().descriptionKey()).isEqualTo("undo.trash");

        assertThat(store.productRepository().findActive()).extracting(Product::id)
                .containsExactly(first.id(), second.id());
    }

    @Test
    void undoTakesBackTheNewestChangeFirst() {
        Product product = inSourcing("TOR-SUN");
        actions.move(product.id(), Stage.LABELING, null);
        actions.move(product.id(), Stage.SHIPMENT, null);

        actions.undo();
        assertThat(store.reload(product).stage()).isEqualTo(Stage.LABELING);
        actions.undo();
        assertThat(store.reload(product).stage()).isEqualTo(Stage.SOURCING);
        assertThat(actions.undo()).isEmpty();
    }

    @Test
    void undoingAnEditThatSomeoneChangedSinceRefusesInsteadOfOverwriting() {
        Product product = store.createDraft("TOR-EDIT", "토너");
        Product saved = actions.save(product, product.details().toBuilder().brand("Torriden").build(), Set.of());
        store.products().update(saved, saved.details().toBuilder().notes("다른 사람의 메모").build(), Set.of());

        org.assertj.core.api.Assertions.assertThatThrownBy(actions::undo)
                .isInstanceOf(com.mallboard.product.StaleProductException.class);
        assertThat(store.reload(product).details().notes()).isEqualTo("다른 사람의 메모");
        assertThat(store.reload(product).details().brand()).isEqualTo("Torriden");
    }
}
