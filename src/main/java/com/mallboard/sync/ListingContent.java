package com.mallboard.sync;

import java.util.List;

/**
 * What one mall should show for one product: the master product with that mall's overrides applied. The sync engine
 * compares its fingerprint ({@link ListingContents#hash}) with the one the mall last confirmed, so an unchanged
 * product costs no call.
 * Money is whole won; {@code supplyPriceWon} may be {@code null} when the master has no cost. With options, the mall
 * sells one variant per option and {@code stock} is their sum.
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
        List<String> tags,
        List<OptionContent> options) {

    public ListingContent {
        tags = List.copyOf(tags);
        options = List.copyOf(options);
    }

    public boolean hasOptions() {
        return !options.isEmpty();
    }
}
