package com.mallboard.suggest.rules;

import com.mallboard.common.Messages;
import java.util.Locale;

/**
 * A rule's own words in both languages. Rules are data a manager edits, not bundle keys, so each carries its
 * Korean text (required) and English text (optional: Korean is shown when it is missing).
 */
public record LocalizedText(String ko, String en) {

    public LocalizedText {
        ko = blankToNull(ko);
        en = blankToNull(en);
    }

    public static LocalizedText of(String ko, String en) {
        return new LocalizedText(ko, en);
    }

    public static LocalizedText none() {
        return new LocalizedText(null, null);
    }

    /** The text for the language, Korean first. */
    public String in(Locale locale) {
        boolean english = Messages.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english && en != null ? en : ko != null ? ko : en;
    }

    public boolean isEmpty() {
        return ko == null && en == null;
    }

    /** Whether {@code text} is this text in either language, case and surrounding spaces aside. */
    public boolean matches(String text) {
        if (text == null) {
            return false;
        }
        String wanted = text.strip();
        return ko != null && ko.equalsIgnoreCase(wanted) || en != null && en.equalsIgnoreCase(wanted);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
