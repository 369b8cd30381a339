package com.mallboard.suggest.risk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date in a {@code campaign:} tag: {@code campaign:2026-12-24}, {@code campaign:xmas-2026-12-24} or
 * {@code campaign:xmas-20261224}. A campaign tag without a date ({@code campaign:mega-sale}) has no date, and neither
 * has one whose digits are no calendar day ({@code campaign:2026-13-40}).
 */
public final class CampaignDates {
    public static final String PREFIX = "campaign:";
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");

    private CampaignDates() {
    }

    public static Optional<LocalDate> of(String tag) {
        if (tag == null || !tag.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Matcher date = DATE.matcher(tag.substring(PREFIX.length()));
        while (date.find()) {
            int year = Integer.parseInt(date.group(1));
            int month = Integer.parseInt(date.group(2));
            int day = Integer.parseInt(date.group(3));
            // "campaign:2026-13-40" names no day; a later group of digits in the same tag still might
            if (month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
                return Optional.of(LocalDate.of(year, month, day));
            }
        }
        return Optional.empty();
    }

    /** The first campaign date among a product's tags. */
    public static Optional<LocalDate> earliest(Collection<String> tags) {
        LocalDate earliest = null;
        for (String tag : tags) {
            if (tag.startsWith(PREFIX)) {
                LocalDate date = of(tag).orElse(null);
                if (date != null && (earliest == null || date.isBefore(earliest))) {
                    earliest = date;
                }
            }
        }
        return Optional.ofNullable(earliest);
    }
}
