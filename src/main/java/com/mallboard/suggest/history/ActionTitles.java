package com.mallboard.suggest.history;

import java.util.Locale;

/**
 * One spelling for one action: "Order SPF/PA test report", "order spf / pa test report " and "ORDER SPF-PA TEST
 * REPORT" are the same action, so history counts it once.
 */
public final class ActionTitles {
    private ActionTitles() {
    }

    /** Lower case; every run of characters that are neither letters nor digits becomes one space; trimmed. */
    public static String key(String title) {
        StringBuilder key = new StringBuilder(title.length());
        boolean gap = false;
        for (int i = 0; i < title.length(); ) {
            int c = title.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                key.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
