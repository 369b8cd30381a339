package com.mallboard.product.importing;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cell text as merchandisers type it, turned into values: full-width forms folded ("１２,０００" is 12000), money with
 * thousands separators and "₩" or "원", dates as {@code 2026-03-02}, {@code 2026.3.2}, {@code 2026/03/02},
 * {@code 20260302}, Excel's {@code 3/2/26} or an Excel serial day number.
 */
final class CellValues {
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[-./년]\\s*(\\d{1,2})\\s*[-./월]\\s*(\\d{1,2})[.일]?");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF]");
    /** No-break spaces (from web pages and Word) are not whitespace to {@link String#strip()}. */
    private static final Pattern NO_BREAK = Pattern.compile("[\u00A0\u2007\u202F]");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(\\.0+)?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+(\\.0+)?");
    private static final List<DateTimeFormatter> EXCEL_SHOWN = List.of(DateTimeFormatter.ofPattern("M/d/yy"),
            DateTimeFormatter.ofPattern("M/d/yyyy"));
    /** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private CellValues() {
    }

    /**
     * Free text (a name, ingredients, notes) as typed, only in Unicode's composed form: invisible zero-width
     * characters dropped and outer whitespace removed. Compatibility characters stay, so "50㎖" and "①" survive an
     * export and a re-import unchanged.
     */
    static String freeText(String cell) {
        String composed = Normalizer.normalize(cell, Normalizer.Form.NFC);
        return ZERO_WIDTH.matcher(NO_BREAK.matcher(composed).replaceAll(" ")).replaceAll("").strip();
    }

    /**
     * A code, number or date cell's text with full-width forms folded ("ＳＫＵ-１" is "SKU-1"), invisible zero-width
     * characters (pasted from web pages) dropped and outer whitespace (including ideographic and no-break spaces)
     * removed.
     */
    static String text(String cell) {
        return ZERO_WIDTH.matcher(Normalizer.normalize(cell, Normalizer.Form.NFKC)).replaceAll("").strip();
    }

    /** A whole number, or empty when the cell is not one. */
    static Optional<Long> wholeNumber(String cell) {
        String plain = text(cell).replace(",", "").replace("₩", "").replace("원", "").replace(" ", "");
        if (!WHOLE.matcher(plain).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(plain.replaceFirst("\\.0+$", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A calendar date, or empty when the cell is not one. */
    static Optional<LocalDate> date(String cell) {
        String plain = text(cell);
        try {
            Matcher m = YEAR_FIRST.matcher(plain);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = COMPACT.matcher(plain);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            if (SERIAL.matcher(plain).matches()) {
                long days = Long.parseLong(plain.replaceFirst("\\.0+$", ""));
                return days > 0 ? Optional.of(EXCEL_EPOCH.plusDays(days)) : Optional.empty();
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        for (DateTimeFormatter shown : EXCEL_SHOWN) {
            try {
                return Optional.of(LocalDate.parse(plain, shown));
            } catch (DateTimeParseException e) {
                // not this layout; try the next
                continue;
            }
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
