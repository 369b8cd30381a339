package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.ProductOption;
import com.mallboard.product.Stage;
import com.mallboard.product.WarehouseFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseFactsRepositoryTest {
    @TempDir
    Path folder;

    private TestStore store;
    private JooqWarehouseFactsRepository facts;

    @BeforeEach
    void open() {
        store = TestStore.open(folder);
        facts = new JooqWarehouseFactsRepository(store.dsl());
    }

    @Test
    void readsSkuLocationBarcodeAndOptionSkusInOptionOrder() {
        Product tint = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("ROM-TINT").toBuilder()
                .location("C-03-1").build());
        store.options().replace(tint.id(), tint.version(), List.of(new ProductOption("02 로즈", "ROM-TINT-02", 1),
                new ProductOption("01 코랄", "ROM-TINT-01", 1)), TestStore.USER);
        Product plain = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("CREAM-1").toBuilder()
                .barcode(null).build());

        Map<Long, WarehouseFacts> read = facts.warehouseFacts(List.of(tint.id(), plain.id(), tint.id()));

        assertThat(read.get(tint.id())).satisfies(f -> {
            assertThat(f.sku()).isEqualTo("ROM-TINT");
            assertThat(f.location()).isEqualTo("C-03-1");
            assertThat(f.barcode()).isEqualTo(tint.details().barcode());
            assertThat(f.optionSkus()).containsOnly(Map.entry("02 로즈", "ROM-TINT-02"),
                    Map.entry("01 코랄", "ROM-TINT-01"));
        });
        assertThat(read.get(plain.id())).isEqualTo(new WarehouseFacts(plain.id(), "CREAM-1", null, null, Map.of()));
    }

    @Test
    void moreIdsThanOneQueryMayBindAreReadInChunks() {
        Product first = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("A-1"));
        Product last = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("Z-1"));
        List<Long> ids = LongStream.concat(LongStream.of(first.id()),
                LongStream.concat(LongStream.rangeClosed(10_000, 11_200), LongStream.of(last.id()))).boxed().toList();

        assertThat(facts.warehouseFacts(ids)).containsOnlyKeys(first.id(), last.id());
        assertThat(facts.warehouseFacts(List.of())).isEmpty();
    }
}
