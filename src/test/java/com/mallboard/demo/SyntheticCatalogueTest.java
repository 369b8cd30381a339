package com.mallboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Gtin;
import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.StageGates;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCatalogueTest {
    static final Instant NOW = TestClock.START;

    @Test
    void generatesNumberedBenchmarkProductsInEveryStage() {
        List<NewProduct> products = SyntheticCatalogue.generate(1_000, 7, NOW);

        assertThat(products).hasSize(1_000);
        assertThat(products.get(0).details().sku()).isEqualTo("BENCH-000001");
        assertThat(products).extracting(p -> p.details().sku()).doesNotHaveDuplicates();
        assertThat(products).extracting(NewProduct::stage).contains(Stage.values());
        assertThat(products).noneMatch(NewProduct::demo);
        assertThat(products).map(p -> p.details().barcode()).filteredOn(Objects::nonNull)
                .allMatch(Gtin::isValidEan13);
        assertThat(products).flatMap(NewProduct::tags).allMatch(tag -> DemoCatalogueTest.TAG_VOCABULARY.contains(tag)
                || tag.startsWith("influencer:") || tag.startsWith("campaign:"));
    }

    @Test
    void theSameSeedGivesTheSameProductsAndAnotherSeedOthers() {
        assertThat(SyntheticCatalogue.generate(200, 7, NOW)).isEqualTo(SyntheticCatalogue.generate(200, 7, NOW))
                .isNotEqualTo(SyntheticCatalogue.generate(200, 8, NOW));
    }

    @Test
    void everyProductPassesTheGatesOfTheStagesItHasAlreadyLeft() {
        StageGates gates = StageGates.defaults();
        for (NewProduct p : SyntheticCatalogue.generate(2_000, 11, NOW)) {
            Product product = new Product(0, p.details(), p.stage(), p.tags(), false, p.stageEnteredAt(), NOW, NOW,
                    null, 1);
            for (Stage passed : Stage.values()) {
                if (passed.isBefore(p.stage())) {
                    assertThat(gates.problemsLeaving(passed, product)).as(p.details().sku()).isEmpty();
                }
            }
        }
    }

    @Test
    void generatedProductsFitTheRealStore(@TempDir Path folder) {
        TestStore store = TestStore.open(folder);

        store.productRepository().createAll(SyntheticCatalogue.generate(300, 3, NOW), TestStore.USER);

        assertThat(store.productRepository().findActive()).hasSize(300);
        assertThat(store.productRepository().countDemoProducts()).isZero();
    }
}
