package com.mallboard.sync;

/** A product that appears on at least one stored order line, for choosing "orders containing this product". */
public record OrderedProduct(long productId, String sku, String name) {
}
