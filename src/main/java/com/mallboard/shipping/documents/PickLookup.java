package com.mallboard.shipping.documents;

import com.mallboard.sync.StoredOrderItem;
import java.util.function.Function;

/** The pick facts of one order line: product SKU or, for an option, the option's SKU; location; barcode. */
@FunctionalInterface
public interface PickLookup {

    /** {@code null} when the line is unmatched or its product unknown. */
    PickInfo find(StoredOrderItem item);

    /** Facts per product id only, the same for every option of a product. */
    static PickLookup byProduct(Function<Long, PickInfo> products) {
        return item -> item.productId() == null ? null : products.apply(item.productId());
    }
}
