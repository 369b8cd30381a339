package com.mallboard.sync.cafe24.demomall;

/** A snapshot of one product as the demo mall holds it; prices in won, {@code stock} summed over its variants. */
public record SimProduct(long productNo, String productCode, String customProductCode, String name, long price,
        Long supplyPrice, boolean display, boolean selling, boolean soldOut, int stock) {
}
