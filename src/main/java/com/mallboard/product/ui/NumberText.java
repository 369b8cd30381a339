package com.mallboard.product.ui;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as merchandisers type them: "12000", "12,000", "₩12,000" or "12,000원". A minus sign is accepted so the
 * validator can say "must not be negative" instead of "not a number". Public for the malls tab's price overrides.
 */
public final class NumberText {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*");

    private NumberText() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The whole number in {@code text}, or null when it is blank or not a number within {@code max}. */
    public static Long parse(String text, long max) {
        if (isBlank(text)) {
            return null;
        }
        String cleaned = text.replaceAll("\\s", "");
        if (cleaned.startsWith("₩")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.endsWith("원")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        if (!NUMBER.matcher(cleaned).matches() || cleaned.endsWith(",")) {
            return null;
        }
        try {
            long value = Long.parseLong(cleaned.replace(",", ""));
            return Math.abs(value) <= max ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isNumber(String text, long max) {
        return parse(text, max) != null;
    }

    /** "12,000": grouped the Korean way, which is also how it parses back. */
    public static String format(Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(Locale.KOREA).format(value);
    }
}
