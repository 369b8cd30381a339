package com.mallboard.sync;

/** What one mall shows differently from the master: name and price ({@code null} = the master's), and the flags. */
public record ListingOverrides(String name, Long priceWon, boolean display, boolean selling) {

    public static final ListingOverrides NONE = new ListingOverrides(null, null, true, true);

    public ListingOverrides {
        name = name == null || name.isBlank() ? null : name.strip();
    }
}
