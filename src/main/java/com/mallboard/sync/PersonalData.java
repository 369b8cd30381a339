package com.mallboard.sync;

import java.util.stream.Stream;

/**
 * Receivers' personal data as every screen and report outside the warehouse shows it: enough to recognise an order
 * ("김*지", "010-****-5678", "서울특별시 강남구 …"), not enough to find the person. Warehouse screens and slips show it
 * in full; elsewhere it is shown only when a user asks.
 */
public final class PersonalData {
    /** What stands in for a hidden value, such as a shipping message. */
    public static final String HIDDEN = "•••";
    private static final int ADDRESS_WORDS_KEPT = 2;

    private PersonalData() {
    }

    /** "김민지" → "김*지", "민지" → "민*", "남궁민지" → "남**지", "John Smith" → "J*** ****h"; spaces stay. */
    public static String maskName(String name) {
        if (isBlank(name)) {
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

    /**
     * "010-1234-5678" → "010-****-5678", "01012345678" → "010****5678": the first group and the last four digits stay,
     * every other digit becomes *, separators stay where they were. Numbers of eight digits or fewer lose all but the
     * last two.
     */
    public static String maskPhone(String phone) {
        if (isBlank(phone)) {
            return "";
        }
        String value = phone.strip();
        long digits = value.chars().filter(Character::isDigit).count();
        int firstGroup = value.indexOf('-') > 0 ? value.indexOf('-') : (int) Math.min(3, digits);
        long keepFrom = digits <= 8 ? digits - 2 : digits - 4;
        StringBuilder masked = new StringBuilder();
        int digit = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isDigit(c)) {
                masked.append(c);
                continue;
            }
            boolean keep = (digits > 8 && i < firstGroup) || digit >= keepFrom;
            masked.append(keep ? c : '*');
            digit++;
        }
        return masked.toString();
    }

    /** "서울특별시 강남구 테헤란로 123, 4층" → "서울특별시 강남구 …": the city and district only. */
    public static String maskAddress(String address) {
        if (isBlank(address)) {
            return "";
        }
        String[] words = address.strip().split("\\s+");
        if (words.length <= ADDRESS_WORDS_KEPT) {
            return words[0] + " …";
        }
        return String.join(" ", java.util.Arrays.copyOf(words, ADDRESS_WORDS_KEPT)) + " …";
    }

    /** The value itself when shown, {@link #HIDDEN} when not (and nothing when there is nothing). */
    public static String orHidden(String value, boolean shown) {
        if (isBlank(value)) {
            return "";
        }
        return shown ? value : HIDDEN;
    }

    /** The receiver's name, in full when {@code shown}, else masked; empty when there is none. */
    public static String name(Receiver receiver, boolean shown) {
        String name = receiver == null ? null : receiver.name();
        return shown ? (name == null ? "" : name) : maskName(name);
    }

    /** Mobile and landline numbers ("010-1234-5678 / 02-123-4567"), each masked unless {@code shown}. */
    public static String phones(Receiver receiver, boolean shown) {
        if (receiver == null) {
            return "";
        }
        return Stream.of(receiver.cellphone(), receiver.phone()).filter(p -> !isBlank(p)).distinct()
                .map(p -> shown ? p : maskPhone(p)).reduce((a, b) -> a + " / " + b).orElse("");
    }

    /** "(06236) 서울특별시 강남구 테헤란로 1 101동 202호" when {@code shown}, else the city and district only. */
    public static String address(Receiver receiver, boolean shown) {
        if (receiver == null) {
            return "";
        }
        if (!shown) {
            return maskAddress(receiver.address1());
        }
        return Stream.of(receiver.zipcode() == null ? null : "(" + receiver.zipcode() + ")",
                receiver.address1(), receiver.address2()).filter(p -> !isBlank(p)).reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
