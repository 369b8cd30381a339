package com.mallboard.product;

import java.util.Optional;

/**
 * Someone else saved the product after it was read; nothing was written. Carries what the screen needs to explain
 * it: the product as the caller had it ({@link #seen()}, when known) and as it is stored now ({@link #stored()}, empty
 * when it was deleted for good meanwhile).
 */
public class StaleProductException extends RuntimeException {
    private final long productId;
    private final transient Product seen;
    private final transient Product stored;

    public StaleProductException(long productId) {
        this(productId, null, null);
    }

    private StaleProductException(long productId, Product seen, Product stored) {
        super("Product " + productId + " was changed by someone else; reload it before saving");
        this.productId = productId;
        this.seen = seen;
        this.stored = stored;
    }

    /** The same refusal, knowing the product as it is stored now ({@code null}: deleted). */
    public StaleProductException withStored(Product storedNow) {
        return new StaleProductException(productId, seen, storedNow);
    }

    /** The same refusal, knowing the copy the caller wrote from. */
    public StaleProductException withSeen(Product seenCopy) {
        return new StaleProductException(productId, seenCopy, stored);
    }

    public long productId() {
        return productId;
    }

    public Optional<Product> seen() {
        return Optional.ofNullable(seen);
    }

    public Optional<Product> stored() {
        return Optional.ofNullable(stored);
    }

    /** True when the product is gone for good (purged), so there is nothing to merge with. */
    public boolean deleted() {
        return stored == null;
    }
}
