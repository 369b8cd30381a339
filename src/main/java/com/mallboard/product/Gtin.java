package com.mallboard.product;

/** GTIN/EAN-13 checks: thirteen digits whose last digit is the GS1 check digit of the first twelve. */
public final class Gtin {
    private Gtin() {
    }

    public static boolean isValidEan13(String code) {
        // ASCII digits only: Character.isDigit also accepts full-width and other scripts' digits.
        if (code == null || code.length() != 13 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(code.substring(0, 12)) == code.charAt(12) - '0';
    }

    /** Whether the code is digits only and as long as an EAN-8, UPC-A (GTIN-12) or EAN-13: a GTIN, valid or not. */
    public static boolean looksLikeGtin(String code) {
        return code != null && (code.length() == 8 || code.length() == 12 || code.length() == 13)
                && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** An EAN-8, UPC-A or EAN-13 whose last digit is the GS1 check digit of the others. */
    public static boolean isValid(String code) {
        if (!looksLikeGtin(code)) {
            return false;
        }
        int sum = 0;
        int last = code.length() - 1;
        // Weights 3 and 1 alternate leftwards from the digit next to the check digit, whatever the length.
        for (int i = 0; i < last; i++) {
            int digit = code.charAt(last - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10 == code.charAt(last) - '0';
    }

    /** The GS1 check digit for twelve digits: weights 1 and 3 alternate from the left. */
    public static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return (10 - sum % 10) % 10;
    }

    /** Completes twelve digits with their check digit (demo data, tests). */
    public static String ean13(String twelveDigits) {
        return twelveDigits + checkDigit(twelveDigits);
    }
}
