package com.mallboard.store;

import static com.mallboard.store.generated.Tables.ACTIVITY_LOG;
import static com.mallboard.store.generated.Tables.PRODUCT;
import static com.mallboard.store.generated.Tables.STAGE_HISTORY;
import static com.mallboard.store.generated.Tables.TAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.mallboard.product.ActivityEntry;
import com.mallboard.product.DuplicateSkuException;
import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.product.StageMove;
import com.mallboard.product.StaleProductException;
import com.mallboard.workflow.MoveResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductRepositoryTest {
    @TempDir
    Path folder;

    private TestStore store;
    private JooqProductRepository repository;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
        repository = store.productRepository();
    }

    @Test
    void creatingAProductStoresEveryFieldInPlanningAtVersionOne() {
        ProductDetails details = TestStore.completeDetails("TOR-SUN-50");

        Product created = store.products().create(details, Set.of("Sunscreen"));

        Product found = repository.find(created.id()).orElseThrow();
        assertThat(found.details()).isEqualTo(details);
        assertThat(found.stage()).isEqualTo(Stage.PLANNING);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.tags()).containsExactly("sunscreen");
        assertThat(found.demo()).isFalse();
        assertThat(found.inTrash()).isFalse();
        assertThat(found.createdAt()).isEqualTo(TestClock.START);
        assertThat(found.updatedAt()).isEqualTo(TestClock.START);
        assertThat(found.stageEnteredAt()).isEqualTo(TestClock.START);
    }

    @Test
    void wholesalePricesAboveTwoBillionWonSurviveTheRoundTrip() {
        ProductDetails details = TestStore.completeDetails("BULK-1").toBuilder()
                .priceWon(3_500_000_000L).costWon(2_200_000_000L).build();

        Product created = store.products().create(details, Set.of());

        assertThat(store.reload(created).details().priceWon()).isEqualTo(3_500_000_000L);
        assertThat(store.reload(created).details().costWon()).isEqualTo(2_200_000_000L);
    }

    @Test
    void warehouseLocationSurvivesCreateUpdateAndTheBulkRead() {
        Product created = store.products().create(TestStore.completeDetails("TOR-LOC").toBuilder()
                .location(" B-02-1 ").build(), Set.of());
        assertThat(store.reload(created).details().location()).isEqualTo("B-02-1");

        Product moved = store.products().update(created, created.details().toBuilder().location("C-11-4").build(),
                created.tags());
        Product cleared = store.products().update(moved, moved.details().toBuilder().location("  ").build(), Set.of());

        assertThat(store.reload(moved).details().location()).isNull();
        assertThat(cleared.details().location()).isNull();
        assertThat(repository.activity(created.id())).extracting(ActivityEntry::field)
                .contains("LOCATION");
    }

    @Test
    void theBulkReadCarriesEachProductsLocation() {
        store.products().create(ProductDetails.builder().sku("A-1").name("토너").location("A-01-1").build(), Set.of());
        store.products().create(ProductDetails.of("B-1", "크림"), Set.of());

        assertThat(repository.findActive()).extracting(p -> p.details().sku(), p -> p.details().location())
                .containsExactly(tuple("A-1", "A-01-1"), tuple("B-1", null));
    }

    @Test
    void creatingAProductWritesTheFirstLineOfItsStageHistory() {
        Product created = store.createDraft("ANUA-TONER", "어성초 77 토너");

        assertThat(repository.stageHistory(created.id())).containsExactly(
                new StageMove(created.id(), null, Stage.PLANNING, TestClock.START, TestStore.USER, null));
    }

    @Test
    void editingFieldsWritesOneActivityLinePerChangedField() {
        Product draft = store.createDraft("ANUA-TONER", "어성초 토너");
        store.clock().advance(Duration.ofHours(2));
        ProductDetails edited = draft.details().toBuilder().name("어성초 77 토너").priceWon(19_800L).build();

        Product saved = store.products().update(draft, edited, Set.of("toner", "진정"));

        Instant editedAt = TestClock.START.plus(Duration.ofHours(2));
        assertThat(repository.activity(draft.id())).containsExactly(
                new ActivityEntry(draft.id(), "NAME", "어성초 토너", "어성초 77 토너", editedAt, TestStore.USER),
                new ActivityEntry(draft.id(), "PRICE", null, "19800", editedAt, TestStore.USER),
                new ActivityEntry(draft.id(), "TAGS", "", "toner, 진정", editedAt, TestStore.USER));
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.updatedAt()).isEqualTo(editedAt);
        assertThat(saved.createdAt()).isEqualTo(TestClock.START);
        assertThat(saved.details()).isEqualTo(edited);
    }

    @Test
    void savingOverSomeoneElsesNewerSaveRaisesStaleProductAndKeepsTheirChange() {
        Product draft = store.createDraft("COSRX-SNAIL", "Snail Mucin Essence");
        Product inFirstWindow = store.reload(draft);
        Product inSecondWindow = store.reload(draft);
        store.products().update(inFirstWindow, inFirstWindow.details().toBuilder().brand("COSRX").build(), Set.of());

        ProductDetails secondEdit = inSecondWindow.details().toBuilder().brand("코스알엑스").build();

        assertThatThrownBy(() -> store.products().update(inSecondWindow, secondEdit, Set.of()))
                .isInstanceOf(StaleProductException.class)
                .satisfies(e -> assertThat(((StaleProductException) e).productId()).isEqualTo(draft.id()));
        Product stored = store.reload(draft);
        assertThat(stored.details().brand()).isEqualTo("COSRX");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(repository.activity(draft.id())).extracting(ActivityEntry::newValue).containsExactly("COSRX");
    }

    @Test
    void movingAStaleCardIsRefusedAsStaleAndWritesNoHistory() {
        Product draft = store.createAt(Stage.SOURCING, TestStore.completeDetails("MIXSOON-BEAN"));
        Product outdated = store.reload(draft);
        store.products().update(outdated, outdated.details().toBuilder().notes("재입고 확인").build(), Set.of());

        assertThat(store.workflow().move(outdated, Stage.LABELING, null))
                .isEqualTo(new MoveResult.Stale(outdated, store.reload(draft)));
        assertThat(store.reload(draft).stage()).isEqualTo(Stage.SOURCING);
        assertThat(repository.stageHistory(draft.id())).hasSize(1);
    }

    @Test
    void creatingASecondProductWithTheSameSkuFailsAndWritesNothing() {
        store.createDraft("BOJ-RICE", "Relief Sun Rice");
        NewProduct duplicate = new NewProduct(ProductDetails.of("BOJ-RICE", "다른 상품"), Set.of("new-tag"),
                Stage.PLANNING, false, TestClock.START);

        assertThatThrownBy(() -> repository.create(duplicate, TestStore.USER))
                .isInstanceOf(DuplicateSkuException.class)
                .satisfies(e -> assertThat(((DuplicateSkuException) e).sku()).isEqualTo("BOJ-RICE"));
        assertThat(store.rowCount(PRODUCT)).isEqualTo(1);
        assertThat(store.rowCount(STAGE_HISTORY)).isEqualTo(1);
        assertThat(store.rowCount(TAG)).isZero();
    }

    @Test
    void creatingADuplicateSkuThroughTheServiceFailsBeforeWriting() {
        store.createDraft("BOJ-RICE", "Relief Sun Rice");

        assertThatThrownBy(() -> store.createDraft("BOJ-RICE", "다른 상품"))
                .isInstanceOf(DuplicateSkuException.class);
        assertThat(store.rowCount(PRODUCT)).isEqualTo(1);
    }

    @Test
    void renamingTheSkuToOneInUseFailsAndLeavesTheProductUnchanged() {
        store.createDraft("BOJ-RICE", "Relief Sun Rice");
        Product other = store.createDraft("BOJ-GINSENG", "Ginseng Serum");
        ProductDetails renamed = other.details().toBuilder().sku("BOJ-RICE").name("Renamed").build();
        List<ActivityEntry> changes = List.of(
                new ActivityEntry(other.id(), "SKU", "BOJ-GINSENG", "BOJ-RICE", TestClock.START, TestStore.USER));

        assertThatThrownBy(() -> repository.update(other.id(), other.version(), renamed, Set.of("x"), changes))
                .isInstanceOf(DuplicateSkuException.class);
        assertThat(store.reload(other)).isEqualTo(other);
        assertThat(store.rowCount(ACTIVITY_LOG)).isZero();
        assertThat(store.rowCount(TAG)).isZero();
    }

    @Test
    void bulkCreateIsAllOrNothing() {
        List<NewProduct> batch = List.of(
                new NewProduct(ProductDetails.of("A-1", "첫 상품"), Set.of("batch"), Stage.PLANNING, false,
                        TestClock.START),
                new NewProduct(ProductDetails.of("A-2", "둘째 상품"), Set.of(), Stage.SOURCING, true, TestClock.START),
                new NewProduct(ProductDetails.of("A-1", "중복"), Set.of(), Stage.PLANNING, false, TestClock.START));

        assertThatThrownBy(() -> repository.createAll(batch, TestStore.USER)).isInstanceOf(DuplicateSkuException.class);
        assertThat(store.rowCount(PRODUCT)).isZero();
        assertThat(store.rowCount(STAGE_HISTORY)).isZero();
        assertThat(repository.allTags()).isEmpty();

        repository.createAll(batch.subList(0, 2), TestStore.USER);
        assertThat(repository.findActive()).extracting(Product::sku, Product::stage).containsExactly(
                tuple("A-1", Stage.PLANNING), tuple("A-2", Stage.SOURCING));
    }

    @Test
    void anImportedRowWithANegativePriceIsNotMistakenForADuplicateSku() {
        NewProduct negative = new NewProduct(ProductDetails.builder().sku("IMPORT-1").name("가져온 상품")
                .priceWon(-100L).build(), Set.of(), Stage.PLANNING, false, TestClock.START);

        assertThatThrownBy(() -> repository.createAll(List.of(negative), TestStore.USER))
                .isInstanceOf(IntegrityConstraintViolationException.class)
                .hasMessageContaining("price_won");
        assertThat(store.rowCount(PRODUCT)).isZero();
    }

    @Test
    void stageHistoryRecordsEveryMoveInOrder() {
        Product product = store.createAt(Stage.PLANNING, TestStore.completeDetails("ROUND-LAB"));
        store.clock().advance(Duration.ofDays(1));
        product = ((MoveResult.Moved) store.workflow().move(product, Stage.SOURCING, null)).product();
        store.clock().advance(Duration.ofDays(2));
        store.workflow().move(product, Stage.PLANNING, "가격 재검토");

        Instant day1 = TestClock.START.plus(Duration.ofDays(1));
        Instant day3 = TestClock.START.plus(Duration.ofDays(3));
        assertThat(repository.stageHistory(product.id())).containsExactly(
                new StageMove(product.id(), null, Stage.PLANNING, TestClock.START, TestStore.USER, null),
                new StageMove(product.id(), Stage.PLANNING, Stage.SOURCING, day1, TestStore.USER, null),
                new StageMove(product.id(), Stage.SOURCING, Stage.PLANNING, day3, TestStore.USER, "가격 재검토"));
        assertThat(repository.allStageMoves()).hasSize(3);
        assertThat(store.reload(product).stageEnteredAt()).isEqualTo(day3);
    }

    @Test
    void findingAnUnknownProductFindsNothing() {
        assertThat(repository.find(4711)).isEmpty();
        assertThat(repository.skuExists("NOPE", 0)).isFalse();
    }

    @Test
    void skuExistsIgnoresTheProductBeingEdited() {
        Product product = store.createDraft("SKIN1004-AMP", "Centella Ampoule");

        assertThat(repository.skuExists("SKIN1004-AMP", product.id())).isFalse();
        assertThat(repository.skuExists("SKIN1004-AMP", 0)).isTrue();
    }

    @Test
    void theFirstProductsOfEachStageComeInBoardOrderWithoutTrashAndWithTrueCounts() {
        store.createAt(com.mallboard.product.Stage.LABELING, TestStore.completeDetails("L-UNDATED").toBuilder()
                .launchDate(null).build());
        store.createAt(com.mallboard.product.Stage.LABELING, TestStore.completeDetails("L-LATE").toBuilder()
                .launchDate(java.time.LocalDate.of(2027, 9, 1)).build());
        store.createAt(com.mallboard.product.Stage.LABELING, TestStore.completeDetails("L-EARLY").toBuilder()
                .launchDate(java.time.LocalDate.of(2027, 1, 1)).build());
        Product trashed = store.createAt(com.mallboard.product.Stage.LABELING, TestStore.completeDetails("L-GONE")
                .toBuilder().launchDate(java.time.LocalDate.of(2026, 1, 1)).build());
        store.products().moveToTrash(trashed.id());
        store.createDraft("P-1", "기획");

        assertThat(repository.findActiveFirst(2)).extracting(Product::sku).containsExactly("P-1", "L-EARLY", "L-LATE");
        assertThat(repository.findActiveFirst(5)).extracting(Product::sku).endsWith("L-UNDATED");
        assertThat(repository.countActiveByStage()).containsEntry(com.mallboard.product.Stage.LABELING, 3)
                .containsEntry(com.mallboard.product.Stage.PLANNING, 1)
                .containsEntry(com.mallboard.product.Stage.DONE, 0);
    }
}
