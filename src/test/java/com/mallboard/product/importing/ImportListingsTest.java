package com.mallboard.product.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.sheet.SampleSheets;
import com.mallboard.sync.ListingStatus;
import com.mallboard.sync.SyncFixture;
import com.mallboard.workflow.StageGates;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported change reaches the malls like a typed one: listed products get a push job, others none. */
class ImportListingsTest {
    @TempDir
    Path dir;

    @Test
    void anImportedPriceChangeQueuesAPushForListedProductsOnly() {
        SyncFixture fx = new SyncFixture(dir);
        Product listed = fx.listedProduct(fx.mall(), "LIST-1");
        fx.product("SOLO-1", "목록에 없는 상품");
        fx.product("SAME-1", "그대로");
        fx.syncNow();
        assertThat(fx.pending(fx.mall())).isZero();
        Product same = fx.store.reloadSku("SAME-1");
        Path file = SampleSheets.xlsx(dir.resolve("prices.xlsx"), List.of(List.of("SKU", "상품명", "판매가"),
                List.of("LIST-1", listed.name(), 31_000), List.of("SOLO-1", "목록에 없는 상품", 32_000),
                List.of("SAME-1", "그대로", same.details().priceWon())));
        ProductImport importer = new ProductImport(fx.store.products(), StageGates.defaults().startingCheck());

        ImportSummary summary = importer.commit(importer.preview(file), false);

        assertThat(summary).isEqualTo(new ImportSummary(0, 2, 1, 0));
        assertThat(fx.pending(fx.mall())).isEqualTo(1);
        assertThat(fx.store.listings().listingsOf(listed.id())).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(ListingStatus.PENDING));
        assertThat(fx.store.reloadSku("SOLO-1").details().priceWon()).isEqualTo(32_000L);
    }
}
