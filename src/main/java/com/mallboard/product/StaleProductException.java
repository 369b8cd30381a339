package com.mallboard.product;

/** Someone else saved the product after it was read; the caller should reload instead of overwriting. */
public class StaleProductException extends RuntimeException {
    private final long productId;

    public StaleProductException(long productId) {
        super("Product " + productId + " was changed by someone else; reload it before saving");
        this.productId = productId;
    }

    public long productId() {
        return productId;
    }
}
