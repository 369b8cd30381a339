package com.mallboard.sync.ui;

/**
 * Receivers' personal data as the screens show it by default: a name keeps its first and last letter ("김민지" →
 * "김*지"), everything else is hidden until the user asks to see it.
 */
public final class PersonalData {
    /** What stands in for hidden phone numbers and addresses. */
    public static final String HIDDEN = "•••";

    private PersonalData() {
    }

    /** "김민지" → "김*지", "민지" → "민*", "남궁민지" → "남**지", "John Smith" → "J*** ****h"; spaces stay. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] letters = name.strip().codePoints().toArray();
        if (letters.length == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(letters[0]);
        for (int i = 1; i < letters.length; i++) {
            boolean keep = Character.isWhitespace(letters[i]) || (i == letters.length - 1 && letters.length > 2);
            if (keep) {
                masked.appendCodePoint(letters[i]);
            } else {
                masked.append('*');
            }
        }
        return masked.toString();
    }

    /** The value itself when shown, {@link #HIDDEN} when not (and nothing when there is nothing). */
    public static String orHidden(String value, boolean shown) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return shown ? value : HIDDEN;
    }
}
