package com.mallboard.sync.cafe24.demomall;

import java.util.List;

/**
 * A snapshot of one product as the demo mall holds it; prices in won, {@code stock} summed over its variants, which
 * are listed in variant-code order (one default variant for a product without options).
 */
public record SimProduct(long productNo, String productCode, String customProductCode, String name, long price,
        Long supplyPrice, boolean display, boolean selling, boolean soldOut, int stock, List<SimVariant> variants) {

    public SimProduct {
        variants = List.copyOf(variants);
    }
}
