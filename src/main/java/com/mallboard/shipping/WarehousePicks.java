package com.mallboard.shipping;

import com.mallboard.product.WarehouseFacts;
import com.mallboard.shipping.documents.PickInfo;
import com.mallboard.shipping.documents.PickLookup;
import com.mallboard.sync.StoredOrderItem;
import java.util.Map;

/**
 * Pick facts of order lines from the products' {@link WarehouseFacts}: a line of an option gets the option's SKU,
 * the option code the mall sent back, or else found by the option's name ("21호", or "옵션=21호" from Cafe24).
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
        String optionSku = optionSku(product, item);
        return new PickInfo(optionSku != null ? optionSku : product.sku(), product.location(), product.barcode());
    }

    /** The option code the mall sent back when it is one of ours, else the option found by its name. */
    private static String optionSku(WarehouseFacts product, StoredOrderItem item) {
        String code = item.customVariantCode();
        if (code != null && product.optionSkus().containsValue(code)) {
            return code;
        }
        String name = item.optionName();
        return name == null ? null : product.optionSkus().get(name);
    }
}
