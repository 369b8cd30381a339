package com.mallboard.board;

/**
 * What the board reads about its cards beyond the product and its checklist: mall chips, orders waiting to ship,
 * launch risk and open suggestions. Grouped so the board service takes one argument for all of them.
 */
public record CardExtras(ListingChips chips, OpenOrderCounts openOrders, LaunchRisks risks,
        SuggestionBadges suggestions) {
    /** Cards with nothing beyond the product. */
    public static final CardExtras NONE = new CardExtras(ListingChips.NONE, OpenOrderCounts.NONE, LaunchRisks.NONE,
            SuggestionBadges.NONE);

    public CardExtras withRisks(LaunchRisks newRisks) {
        return new CardExtras(chips, openOrders, newRisks, suggestions);
    }

    public CardExtras withSuggestions(SuggestionBadges newSuggestions) {
        return new CardExtras(chips, openOrders, risks, newSuggestions);
    }
}
