package com.mallboard.shipping;

import com.mallboard.product.WarehouseFacts;
import com.mallboard.shipping.documents.PickInfo;
import com.mallboard.shipping.documents.PickLookup;
import com.mallboard.sync.StoredOrderItem;
import java.util.Map;

/**
 * Pick facts of order lines from the products' {@link WarehouseFacts}: a line of an option gets the option's SKU,
 * found by the option value the mall sent ("21호", or "옵션=21호" when the mall names the option group).
 */
public final class WarehousePicks implements PickLookup {
    private final Map<Long, WarehouseFacts> facts;

    public WarehousePicks(Map<Long, WarehouseFacts> facts) {
        this.facts = Map.copyOf(facts);
    }

    @Override
    public PickInfo find(StoredOrderItem item) {
        WarehouseFacts product = item.productId() == null ? null : facts.get(item.productId());
        if (product == null) {
            return null;
        }
        String optionSku = optionSku(product, item.optionValue());
        return new PickInfo(optionSku != null ? optionSku : product.sku(), product.location(), product.barcode());
    }

    private static String optionSku(WarehouseFacts product, String optionValue) {
        if (optionValue == null || optionValue.isBlank() || product.optionSkus().isEmpty()) {
            return null;
        }
        String value = optionValue.strip();
        String sku = product.optionSkus().get(value);
        int equals = value.lastIndexOf('=');
        return sku != null || equals < 0 ? sku : product.optionSkus().get(value.substring(equals + 1).strip());
    }
}
