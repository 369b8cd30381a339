package com.mallboard.product;

import static com.mallboard.store.generated.Tables.ACTIVITY_LOG;
import static com.mallboard.store.generated.Tables.PRODUCT;
import static com.mallboard.store.generated.Tables.TAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductServiceTest {
    @TempDir
    Path folder;

    private TestStore store;
    private ProductService products;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
        products = store.products();
    }

    @Test
    void creatingAProductWithoutANameListsTheProblemAndWritesNothing() {
        ProductDetails noName = ProductDetails.builder().sku("TOR-SUN").brand("Torriden").build();

        assertThatThrownBy(() -> products.create(noName, Set.of("summer")))
                .isInstanceOfSatisfying(InvalidProductException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem(ProductField.NAME, "validation.required")));
        assertThat(store.rowCount(PRODUCT)).isZero();
        assertThat(store.rowCount(TAG)).isZero();
    }

    @Test
    void everyFieldProblemIsReportedAtOnce() {
        ProductDetails bad = ProductDetails.builder().sku("TOR SUN").name("선크림").priceWon(-28_000L)
                .barcode("12345").build();

        assertThatThrownBy(() -> products.create(bad, Set.of()))
                .isInstanceOfSatisfying(InvalidProductException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly(ProductField.SKU, ProductField.PRICE, ProductField.BARCODE));
    }

    @Test
    void savingAnInvalidEditWritesNothing() {
        Product product = store.createDraft("TOR-SUN", "선크림");
        ProductDetails invalid = product.details().toBuilder().name(" ").costWon(-1L).build();

        assertThatThrownBy(() -> products.update(product, invalid, Set.of("new")))
                .isInstanceOf(InvalidProductException.class);
        assertThat(store.reload(product)).isEqualTo(product);
        assertThat(store.rowCount(ACTIVITY_LOG)).isZero();
        assertThat(store.rowCount(TAG)).isZero();
    }

    @Test
    void invalidFieldsAreReportedBeforeADuplicateSku() {
        store.createDraft("TOR-SUN", "선크림");

        assertThatThrownBy(() -> products.create(ProductDetails.of("TOR-SUN", null), Set.of()))
                .isInstanceOf(InvalidProductException.class);
    }

    @Test
    void savingWithoutChangesWritesNoActivityAndKeepsTheVersion() {
        Product product = products.create(TestStore.completeDetails("TOR-SUN"), Set.of("summer", "sunscreen"));
        ProductDetails sameButPadded = product.details().toBuilder().name("  " + product.name() + " ").build();

        Product saved = products.update(product, sameButPadded, Set.of("Sunscreen", " summer"));

        assertThat(saved).isSameAs(product);
        assertThat(store.reload(product).version()).isEqualTo(1);
        assertThat(products.activity(product.id())).isEmpty();
    }

    @Test
    void renamingTheSkuToOneInUseIsRefusedBeforeWriting() {
        store.createDraft("TOR-SUN", "선크림");
        Product other = store.createDraft("TOR-TONER", "토너");

        assertThatThrownBy(() -> products.update(other, other.details().toBuilder().sku("TOR-SUN").build(), Set.of()))
                .isInstanceOfSatisfying(DuplicateSkuException.class, e -> assertThat(e.sku()).isEqualTo("TOR-SUN"));
        assertThat(store.reload(other)).isEqualTo(other);
    }

    @Test
    void addingTagsKeepsTheTagsAlreadyThere() {
        Product product = products.create(ProductDetails.of("TOR-SUN", "선크림"), Set.of("summer"));

        Product tagged = products.addTags(product, Set.of("Gift Set", "summer"));

        assertThat(tagged.tags()).containsExactlyInAnyOrder("summer", "gift-set");
        assertThat(products.activity(product.id())).singleElement().satisfies(entry -> {
            assertThat(entry.field()).isEqualTo("TAGS");
            assertThat(entry.oldValue()).isEqualTo("summer");
            assertThat(entry.newValue()).isEqualTo("gift-set, summer");
        });
        assertThat(products.allTags()).containsExactly("gift-set", "summer");
    }

    @Test
    void anActionNeedsATitle() {
        Product product = store.createDraft("TOR-SUN", "선크림");

        assertThatThrownBy(() -> products.addAction(product.id(), "   ", Stage.PLANNING, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(products.checklist(product.id())).isEmpty();
    }

    @Test
    void findingAProductThatDoesNotExistSaysWhichId() {
        assertThatThrownBy(() -> products.find(4711)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4711");
    }

    @Test
    void theTrashListsTrashedProducts() {
        Product product = store.createDraft("TOR-SUN", "선크림");

        products.moveToTrash(product.id());

        assertThat(products.trash()).extracting(Product::id).containsExactly(product.id());
    }

    @Test
    void savingManyEditsWritesThemTogetherOrNotAtAll() {
        Product stored = products.create(ProductDetails.of("OLD-1", "토너"), Set.of());
        ProductEdit newOne = new ProductEdit(null, ProductDetails.of("NEW-1", "세럼"), Set.of("Cold Chain"));
        ProductEdit clash = new ProductEdit(null, ProductDetails.of("OLD-1", "다른 토너"), Set.of());

        assertThatThrownBy(() -> products.saveAll(java.util.List.of(newOne, clash)))
                .isInstanceOf(DuplicateSkuException.class);
        assertThat(store.rowCount(PRODUCT)).isEqualTo(1);

        ProductEdit renamed = new ProductEdit(stored, stored.details().toBuilder().name("토너 200ml").build(), Set.of());
        products.saveAll(java.util.List.of(newOne, renamed));

        assertThat(store.reloadSku("NEW-1").tags()).containsExactly("cold-chain");
        assertThat(store.reload(stored).name()).isEqualTo("토너 200ml");
        assertThat(products.activity(stored.id())).extracting(ActivityEntry::field).contains("NAME");
    }
}
