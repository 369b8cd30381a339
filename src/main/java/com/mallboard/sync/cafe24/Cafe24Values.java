package com.mallboard.sync.cafe24;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How Cafe24 writes money, flags and times, and how we read them: won as "15000.00", booleans as "T"/"F", KST times. */
final class Cafe24Values {
    /** Cafe24 runs on Korean time; timestamps without an offset (token expiry) are KST. */
    static final ZoneId KST = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private Cafe24Values() {
    }

    static String money(long won) {
        return BigDecimal.valueOf(won).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Whole won; Cafe24 prices in KRW carry ".00", anything after the point is rounded half up. */
    static long won(String decimal) {
        if (decimal == null || decimal.isBlank()) {
            return 0;
        }
        return new BigDecimal(decimal.strip()).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static String flag(boolean value) {
        return value ? "T" : "F";
    }

    static boolean isTrue(String flag) {
        return "T".equalsIgnoreCase(flag);
    }

    /** A moment as Cafe24 expects it in query parameters: KST with its offset. */
    static String kst(Instant instant) {
        return WITH_OFFSET.format(instant.atZone(KST));
    }

    /** Reads "2021-03-01T14:00:00.000" (KST, no offset) as well as "2017-07-10T11:18:24+09:00". */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException withoutOffset) {
            return LocalDateTime.parse(value).atZone(KST).toInstant();
        }
    }
}
