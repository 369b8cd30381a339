package com.mallboard.store;

import static com.mallboard.store.generated.Tables.ACTIVITY_LOG;
import static com.mallboard.store.generated.Tables.CHECKLIST_ACTION;
import static com.mallboard.store.generated.Tables.PRODUCT_TAG;
import static com.mallboard.store.generated.Tables.STAGE_HISTORY;
import static com.mallboard.store.generated.Tables.TAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.product.ActivityEntry;
import com.mallboard.product.DuplicateSkuException;
import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.product.StaleProductException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagsTrashAndDemoTest {
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
    void tagsAreStoredInOneSpellingWhateverTheUserTyped() {
        Product product = store.products().create(ProductDetails.of("TOR-SUN", "선크림"),
                Set.of(" Cold Chain ", "cold-chain", "K-Beauty", "선케어"));

        assertThat(store.reload(product).tags()).containsExactlyInAnyOrder("cold-chain", "k-beauty", "선케어");
        assertThat(store.rowCount(TAG)).isEqualTo(3);
    }

    @Test
    void productsWithTheSameTagShareOneTag() {
        store.products().create(ProductDetails.of("TOR-SUN", "선크림"), Set.of("Summer", "sunscreen"));
        store.products().create(ProductDetails.of("BOJ-SUN", "Relief Sun"), Set.of("summer"));

        assertThat(store.rowCount(TAG)).isEqualTo(2);
        assertThat(store.rowCount(PRODUCT_TAG)).isEqualTo(3);
        assertThat(repository.allTags()).containsExactly("summer", "sunscreen");
        assertThat(repository.findActive()).extracting(Product::tags)
                .containsExactly(Set.of("summer", "sunscreen"), Set.of("summer"));
    }

    @Test
    void allTagsListsOnlyTagsSomeProductStillCarries() {
        Product product = store.products().create(ProductDetails.of("TOR-SUN", "선크림"), Set.of("summer", "gift"));

        store.products().update(product, product.details(), Set.of("summer"));

        assertThat(repository.allTags()).containsExactly("summer");
    }

    @Test
    void movingToTrashHidesTheCardAndKeepsItInTheTrash() {
        Product kept = store.createDraft("KEEP", "남는 상품");
        Product trashed = store.createDraft("GONE", "버릴 상품");
        store.clock().advance(Duration.ofMinutes(5));

        store.products().moveToTrash(trashed.id());

        Instant trashedAt = TestClock.START.plus(Duration.ofMinutes(5));
        assertThat(repository.findActive()).extracting(Product::id).containsExactly(kept.id());
        assertThat(repository.findTrashed()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(trashed.id());
            assertThat(p.inTrash()).isTrue();
            assertThat(p.deletedAt()).isEqualTo(trashedAt);
        });
        assertThat(repository.activity(trashed.id())).containsExactly(
                new ActivityEntry(trashed.id(), "TRASHED", null, null, trashedAt, TestStore.USER));
    }

    @Test
    void restoringFromTrashBringsTheCardBack() {
        Product product = store.createDraft("BACK", "돌아올 상품");
        store.products().moveToTrash(product.id());

        store.products().restore(product.id());

        assertThat(repository.findTrashed()).isEmpty();
        assertThat(repository.findActive()).singleElement().satisfies(p -> assertThat(p.inTrash()).isFalse());
        assertThat(repository.activity(product.id())).extracting(ActivityEntry::field)
                .containsExactly("TRASHED", "RESTORED");
    }

    @Test
    void anEditorOpenBeforeTheCardWasTrashedCannotSaveOverIt() {
        Product product = store.createDraft("EDIT", "편집 중");
        store.products().moveToTrash(product.id());

        assertThatThrownBy(() -> store.products().update(product,
                product.details().toBuilder().brand("late").build(), Set.of()))
                .isInstanceOf(StaleProductException.class);
    }

    @Test
    void purgingDeletesOnlyTrashedProductsWithEverythingAttached() {
        Product active = store.products().create(ProductDetails.of("ACTIVE", "남는 상품"), Set.of("keep"));
        Product trashed = store.products().create(ProductDetails.of("TRASHED", "버린 상품"), Set.of("gone"));
        store.products().addAction(trashed.id(), "샘플 요청", Stage.PLANNING, null);
        store.products().update(trashed, trashed.details().toBuilder().brand("X").build(), Set.of("gone"));
        store.products().moveToTrash(trashed.id());

        store.products().purge(active.id());
        store.products().purge(trashed.id());

        assertThat(repository.find(active.id())).isPresent();
        assertThat(repository.find(trashed.id())).isEmpty();
        assertThat(repository.findTrashed()).isEmpty();
        assertThat(store.rowCount(STAGE_HISTORY)).isEqualTo(1);
        assertThat(store.rowCount(ACTIVITY_LOG)).isZero();
        assertThat(store.rowCount(CHECKLIST_ACTION)).isZero();
        assertThat(store.rowCount(PRODUCT_TAG)).isEqualTo(1);
        assertThat(repository.allTags()).containsExactly("keep");
    }

    @Test
    void aTrashedProductsSkuStaysTakenUntilItIsPurged() {
        Product trashed = store.createDraft("REUSE", "예전 상품");
        store.products().moveToTrash(trashed.id());

        assertThatThrownBy(() -> store.createDraft("REUSE", "새 상품")).isInstanceOf(DuplicateSkuException.class);

        store.products().purge(trashed.id());
        assertThat(store.createDraft("REUSE", "새 상품").name()).isEqualTo("새 상품");
    }

    @Test
    void removingTheDemoCatalogueDeletesOnlyDemoProducts() {
        Product own = store.createDraft("OWN-1", "우리 상품");
        repository.createAll(List.of(
                new NewProduct(ProductDetails.of("DEMO-1", "데모 1"), Set.of("demo"), Stage.SOURCING, true,
                        TestClock.START),
                new NewProduct(ProductDetails.of("DEMO-2", "데모 2"), Set.of(), Stage.DONE, true, TestClock.START)),
                TestStore.USER);
        assertThat(repository.countDemoProducts()).isEqualTo(2);

        int deleted = repository.deleteDemoProducts();

        assertThat(deleted).isEqualTo(2);
        assertThat(repository.countDemoProducts()).isZero();
        assertThat(repository.findActive()).extracting(Product::id).containsExactly(own.id());
        assertThat(repository.allTags()).isEmpty();
        assertThat(store.rowCount(STAGE_HISTORY)).isEqualTo(1);
    }

    @Test
    void tagsOnlyOnTrashedProductsAreNotOfferedForAutocomplete() {
        TestStore fresh = TestStore.open(folder.resolve("only-trashed"));
        Product product = fresh.createAt(com.mallboard.product.Stage.PLANNING, TestStore.completeDetails("TRASHED-1"),
                "discontinued");
        fresh.products().moveToTrash(product.id());
        assertThat(fresh.products().allTags()).doesNotContain("discontinued");
    }
}
