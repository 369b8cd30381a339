package com.mallboard.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.WarehouseFacts;
import com.mallboard.shipping.documents.PickInfo;
import com.mallboard.sync.StoredOrderItem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarehousePicksTest {
    private final WarehousePicks picks = new WarehousePicks(Map.of(
            7L, new WarehouseFacts(7, "ROM-TINT", "C-03-1", "8801234567893",
                    Map.of("01 코랄", "ROM-TINT-01", "02 로즈", "ROM-TINT-02")),
            8L, new WarehouseFacts(8, "CREAM-1", null, null, Map.of())));

    @Test
    void anOptionLineGetsTheOptionSkuWithTheProductsShelfAndBarcode() {
        assertThat(picks.find(item(7L, "02 로즈"))).isEqualTo(new PickInfo("ROM-TINT-02", "C-03-1", "8801234567893"));
    }

    @Test
    void anOptionValueNamedAfterItsGroupFindsTheOptionToo() {
        assertThat(picks.find(item(7L, "옵션=01 코랄")).sku()).isEqualTo("ROM-TINT-01");
    }

    @Test
    void theOptionCodeTheMallSentBackWinsOverTheOptionText() {
        StoredOrderItem renamed = new StoredOrderItem("I-1", "X", "틴트", "옵션=코랄(구)", 1, 9_000, "N10", null, null, 7L,
                "ROM-TINT-01");
        assertThat(picks.find(renamed).sku()).isEqualTo("ROM-TINT-01");
    }

    @Test
    void anOptionTheProductDoesNotHaveFallsBackToTheProductSku() {
        assertThat(picks.find(item(7L, "03 체리")).sku()).isEqualTo("ROM-TINT");
        assertThat(picks.find(item(8L, null))).isEqualTo(new PickInfo("CREAM-1", null, null));
    }

    @Test
    void unmatchedAndUnknownProductsHaveNoFacts() {
        assertThat(picks.find(item(null, null))).isNull();
        assertThat(picks.find(item(99L, null))).isNull();
    }

    private static StoredOrderItem item(Long productId, String option) {
        return new StoredOrderItem("I-1", "X", "틴트", option, 1, 9_000, "N10", null, null, productId, null);
    }
}
