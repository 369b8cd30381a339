package com.mallboard.sync;

/**
 * What is waiting to ship for one product: order lines matched to it that have no tracking number yet, in orders
 * that are not canceled. {@code orders} counts orders (two option lines of one order are one order to pack),
 * {@code quantity} the pieces of all those lines.
 */
public record OpenOrders(int orders, int quantity) {
    /** Nothing waiting. */
    public static final OpenOrders NONE = new OpenOrders(0, 0);

    /**
     * Cafe24's line statuses C00–C49 are the cancellation family: in a partly canceled order the order itself is not
     * canceled, but those lines will never ship.
     */
    public static final String CANCELED_LINE_STATUS_PREFIX = "C";

    public boolean any() {
        return orders > 0;
    }
}
