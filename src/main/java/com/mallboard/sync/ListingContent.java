package com.mallboard.sync;

import java.util.List;

/**
 * What one mall should show for one product: the master product with that mall's overrides applied. The sync engine
 * compares its {@link ContentHash} with the hash last confirmed by the mall, so an unchanged product costs no call.
 * Money is whole won; {@code supplyPriceWon} may be {@code null} when the master has no cost.
 */
public record ListingContent(
        String customProductCode,
        String name,
        long priceWon,
        Long supplyPriceWon,
        boolean display,
        boolean selling,
        String summary,
        int stock,
        List<String> tags) {

    public ListingContent {
        tags = List.copyOf(tags);
    }
}
