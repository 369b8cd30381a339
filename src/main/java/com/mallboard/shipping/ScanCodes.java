package com.mallboard.shipping;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a barcode scanner typed, cleaned up. Scanners type like keyboards: with a Korean input method on they can
 * send full-width characters (＃, ０-９, Ａ-Ｚ), some add spaces or a tab, and the same EAN-13 arrives as a 12-digit
 * UPC-A when the product was labelled in North America.
 */
public final class ScanCodes {
    private static final Pattern ORDER_ID = Pattern.compile("\\d{8}-\\d{7}");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private ScanCodes() {
    }

    /**
     * Full-width forms to ASCII, control characters and spaces at either end removed, upper case (SKUs are compared
     * without case). Empty when nothing but whitespace was scanned.
     */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                out.append((char) (c - FULL_WIDTH_OFFSET));
            } else if (c == '\u3000') {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.append(c);
            }
        }
        String code = out.toString().strip().toUpperCase(Locale.ROOT);
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    /** The EAN-13 form of a product barcode: a 12-digit UPC-A gets its leading 0; anything else stays as it is. */
    public static String asEan13(String normalized) {
        return TWELVE_DIGITS.matcher(normalized).matches() ? "0" + normalized : normalized;
    }

    /** Whether a normalized scan is a mall order id ({@code YYYYMMDD-NNNNNNN}), as printed on the packing slip. */
    public static boolean isOrderId(String normalized) {
        return ORDER_ID.matcher(normalized).matches();
    }
}
