package com.mallboard.sync;

import java.util.Locale;

/** Where a product stands on one mall, as the card chips show it. */
public enum ListingStatus {
    /** A change is queued for the mall. */
    PENDING,
    /** The mall confirmed the current content. */
    SYNCED,
    /** The mall refused or could not be reached; {@code problem} says why. */
    FAILED,
    /** Fields the mall requires are missing; nothing was sent. */
    INCOMPLETE,
    /** The mall's values differ from what we last sent (someone edited the product in the mall's admin). */
    DRIFT;

    /** The key of the status word ("listing.status.synced"), the same on cards, in the editor and in reports. */
    public String messageKey() {
        return "listing.status." + name().toLowerCase(Locale.ROOT);
    }
}
