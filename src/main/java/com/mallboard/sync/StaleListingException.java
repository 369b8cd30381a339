package com.mallboard.sync;

/**
 * Someone else listed the product on the mall, or changed its overrides, after the caller read the listing; nothing
 * was written. The screen reloads the row and says which mall.
 */
public class StaleListingException extends RuntimeException {
    private final long productId;
    private final long mallRef;

    public StaleListingException(long productId, long mallRef) {
        super("The listing of product " + productId + " on mall " + mallRef + " was changed by someone else");
        this.productId = productId;
        this.mallRef = mallRef;
    }

    public long productId() {
        return productId;
    }

    public long mallRef() {
        return mallRef;
    }
}
