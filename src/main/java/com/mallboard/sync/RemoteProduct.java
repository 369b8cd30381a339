package com.mallboard.sync;

import java.util.List;

/** A product as a mall currently has it. {@code productNo} is the mall's own key. */
public record RemoteProduct(
        long productNo,
        String productCode,
        String customProductCode,
        String name,
        long priceWon,
        Long supplyPriceWon,
        boolean display,
        boolean selling,
        boolean soldOut,
        String summary,
        List<RemoteVariant> variants) {

    public RemoteProduct {
        variants = List.copyOf(variants);
    }

    public int totalStock() {
        return variants.stream().mapToInt(RemoteVariant::stock).sum();
    }
}
