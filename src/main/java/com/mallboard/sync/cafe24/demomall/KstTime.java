package com.mallboard.sync.cafe24.demomall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Cafe24 speaks Korea Standard Time everywhere: ISO dates with +09:00, OAuth stamps without an offset. */
final class KstTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZONE);
    private static final DateTimeFormatter OAUTH = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZONE);
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZONE);

    private KstTime() {
    }

    /** {@code 2024-05-01T09:30:00+09:00}. */
    static String iso(Instant instant) {
        return instant == null ? null : ISO.format(instant);
    }

    /** {@code 2024-05-01T09:30:00.000}, as in the token response. */
    static String oauth(Instant instant) {
        return OAUTH.format(instant);
    }

    /** {@code 20240501}, the first half of an order id. */
    static String compactDate(Instant instant) {
        return COMPACT_DATE.format(instant);
    }

    static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
