package com.mallboard.common;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and money look: Korean-style dates in Seoul time, won with grouping and no decimals. */
public final class Formats {
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final Locale locale;

    public Formats(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public static String won(Long amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat grouping = NumberFormat.getIntegerInstance(Locale.KOREA);
        return "₩" + grouping.format(amount);
    }

    public LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }

}
