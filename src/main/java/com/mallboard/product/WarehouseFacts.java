package com.mallboard.product;

import java.util.Map;

/**
 * What the warehouse needs to pick a product: its SKU, shelf location and barcode, and its options' SKUs by option
 * name (empty without options). {@code location} and {@code barcode} may be {@code null}.
 */
public record WarehouseFacts(long productId, String sku, String location, String barcode,
        Map<String, String> optionSkus) {

    public WarehouseFacts {
        optionSkus = Map.copyOf(optionSkus);
    }
}
