package com.mallboard.board;

import java.util.function.Function;

/** How the board groups cards into horizontal lanes. */
public enum Swimlanes {
    NONE(card -> ""),
    INFLUENCER(card -> orEmpty(card.product().details().influencer())),
    BRAND(card -> orEmpty(card.product().details().brand()));

    private final Function<BoardCard, String> laneOf;

    Swimlanes(Function<BoardCard, String> laneOf) {
        this.laneOf = laneOf;
    }

    public String laneOf(BoardCard card) {
        return laneOf.apply(card);
    }

    public String messageKey() {
        return "swimlanes." + name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
