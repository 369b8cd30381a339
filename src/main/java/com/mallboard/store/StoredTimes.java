package com.mallboard.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the dates and instants the store writes. They always come from {@link Instant#toString()}
 * ({@code 2026-11-25T01:00:00Z}, optionally with up to nine fraction digits) and {@link LocalDate#toString()}
 * ({@code 2026-11-25}), so those layouts are parsed by hand: the {@code DateTimeFormatter} parsers cost about
 * 0.7 µs and a hash map per value, a tenth of the board's load time and much of its garbage at 50,000 products.
 * Anything else falls back to the standard parsers.
 */
final class StoredTimes {
    private static final int SECONDS_END = 19;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private StoredTimes() {
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        Instant fast = parseStandard(text);
        return fast != null ? fast : Instant.parse(text);
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    private static Instant parseStandard(String t) {
        int length = t.length();
        if (length < SECONDS_END + 1 || length > SECONDS_END + 11 || t.charAt(length - 1) != 'Z'
                || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nanos = fraction(t, length - 1);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59
                || nanos < 0) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The nanoseconds of ".fff…" between the seconds and {@code end}; -1 when malformed. */
    private static int fraction(String t, int end) {
        if (end == SECONDS_END) {
            return 0;
        }
        if (t.charAt(SECONDS_END) != '.' || end - SECONDS_END - 1 < 1) {
            return -1;
        }
        int value = digits(t, SECONDS_END + 1, end);
        return value < 0 ? -1 : value * POWERS[9 - (end - SECONDS_END - 1)];
    }

    /** The decimal number in {@code [from, to)}; -1 unless every character is an ASCII digit. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
