package com.mallboard.shipping;

/** Thrown when a packing session is started for an order that must not be packed. */
public final class PackRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient PackRefusal refusal;

    public PackRefusedException(PackRefusal refusal) {
        super(refusal.reason() + ": " + refusal.orderId());
        this.refusal = refusal;
    }

    public PackRefusal refusal() {
        return refusal;
    }
}
