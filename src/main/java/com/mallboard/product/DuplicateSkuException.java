package com.mallboard.product;

/** SKUs identify products in every mall, so two products may never share one. */
public class DuplicateSkuException extends RuntimeException {
    private final String sku;

    public DuplicateSkuException(String sku) {
        super("SKU already in use: " + sku);
        this.sku = sku;
    }

    public String sku() {
        return sku;
    }
}
