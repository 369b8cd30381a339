package com.mallboard.shipping.tracking;

import com.mallboard.shipping.ScanCodes;

/**
 * Tracking numbers as couriers write them in their exports: {@code 6880-1234-5678}, {@code 6880 1234 5678},
 * full-width digits from a Korean input method, en dashes from a word processor. Digits in dashed groups become the
 * plain digits the courier's own tracking page expects; anything else keeps its dashes.
 */
final class TrackingNumbers {
    private static final String DASHES = "[\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D]";

    private TrackingNumbers() {
    }

    static String normalize(String raw) {
        String number = ScanCodes.normalize(raw).orElse("").replaceAll("\\s+", "").replaceAll(DASHES, "-");
        return number.matches("\\d+(-\\d+)+") ? number.replace("-", "") : number;
    }
}
