package com.mallboard.common;

/** Light or dark: how the whole app looks, chosen per user in the settings. */
public enum Theme {
    LIGHT,
    DARK;

    /** The stored name back; anything unknown (hand-edited, from another version) is light. */
    public static Theme parse(String stored) {
        return "DARK".equalsIgnoreCase(stored == null ? "" : stored.strip()) ? DARK : LIGHT;
    }
}
