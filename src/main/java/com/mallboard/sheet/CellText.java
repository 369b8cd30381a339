package com.mallboard.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A numeric cell as text, the same for the xlsx streaming reader and the xls usermodel reader. Numbers in the
 * "General" format are written out in full: Excel itself would show a 12-digit tracking number as
 * {@code 6.88012E+11}. A whole date is written {@code 2026-03-02} whatever its display format, so a day-first
 * format ({@code dd/mm/yyyy}) cannot be misread as month-first later; a date with a time shows as Excel shows it.
 */
final class CellText {
    private static final double LARGEST_EXACT = 1e15;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    /** Whether a format shows dates, by format; telling is a string scan, and a sheet uses a handful of formats. */
    private final Map<String, Boolean> dateFormats = new HashMap<>();

    String number(double value, int formatIndex, String formatString) {
        String format = formatString == null ? "General" : formatString;
        boolean dateFormat = dateFormats.computeIfAbsent(format, f -> DateUtil.isADateFormat(formatIndex, f));
        if (dateFormat && DateUtil.isValidExcelDate(value)) {
            if (value == Math.rint(value)) {
                LocalDateTime day = DateUtil.getLocalDateTime(value);
                return day == null ? plain(value) : LocalDate.from(day).toString();
            }
            return formatter.formatRawCellContents(value, formatIndex, format);
        }
        String plain = plain(value);
        if ("General".equalsIgnoreCase(format)) {
            return plain;
        }
        String formatted = formatter.formatRawCellContents(value, formatIndex, format);
        return formatted.contains("E") || formatted.replace(",", "").equals(plain) ? plain : formatted;
    }

    /** Whole numbers without a decimal point or exponent; others with as many digits as they need. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
