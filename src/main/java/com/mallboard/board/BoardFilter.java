package com.mallboard.board;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The quick filter above the board. Empty parts match everything. Free text matches any word of the card, all
 * words must match ("토리든 #sunscreen" finds Torriden sunscreens). {@code openOrdersOnly} keeps the products with
 * mall orders waiting to ship; {@code atRiskOnly} the products whose launch is at risk.
 */
public record BoardFilter(String text, String tag, String brand, String influencer, boolean overdueOnly,
        boolean openOrdersOnly, boolean atRiskOnly) {
    public static final BoardFilter NONE = new BoardFilter("", null, null, null, false, false, false);

    public BoardFilter {
        text = text == null ? "" : text.strip();
        tag = tag == null || tag.isBlank() ? null : com.mallboard.product.Tags.normalise(tag);
    }

    /** A filter that does not look at orders. */
    public BoardFilter(String text, String tag, String brand, String influencer, boolean overdueOnly) {
        this(text, tag, brand, influencer, overdueOnly, false);
    }

    /** A filter that does not look at launch risk. */
    public BoardFilter(String text, String tag, String brand, String influencer, boolean overdueOnly,
            boolean openOrdersOnly) {
        this(text, tag, brand, influencer, overdueOnly, openOrdersOnly, false);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public Predicate<BoardCard> predicate(LocalDate today) {
        String[] words = text.isEmpty() ? new String[0] : text.toLowerCase(Locale.ROOT).split("\\s+");
        return card -> {
            for (String word : words) {
                if (!card.searchText().contains(word)) {
                    return false;
                }
            }
            var details = card.product().details();
            return (tag == null || card.product().tags().contains(tag))
                    && (brand == null || brand.equals(details.brand()))
                    && (influencer == null || influencer.equals(details.influencer()))
                    && (!overdueOnly || card.isOverdue(today))
                    && (!openOrdersOnly || card.hasOpenOrders())
                    && (!atRiskOnly || card.isAtRisk());
        };
    }

    public BoardFilter withText(String newText) {
        return new BoardFilter(newText, tag, brand, influencer, overdueOnly, openOrdersOnly, atRiskOnly);
    }
}
