package com.mallboard.sync;

import java.net.URI;
import java.util.regex.Pattern;

/** Checks a mall's settings before they are saved; the exception's message key names the first problem. */
final class MallValidator {
    private static final Pattern MALL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern API_VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private MallValidator() {
    }

    static void check(Mall mall) {
        if (mall.displayName() == null || mall.displayName().isBlank()) {
            throw new InvalidSyncInputException("mall.invalid.name");
        }
        if (mall.mallId() == null || !MALL_ID.matcher(mall.mallId()).matches()) {
            throw new InvalidSyncInputException("mall.invalid.mall.id");
        }
        if (mall.shopNo() < 1) {
            throw new InvalidSyncInputException("mall.invalid.shop.no");
        }
        if (mall.apiVersion() == null || !API_VERSION.matcher(mall.apiVersion()).matches()) {
            throw new InvalidSyncInputException("mall.invalid.api.version");
        }
        if (mall.baseUrlOverride() != null && !isHttpUrl(mall.baseUrlOverride())) {
            throw new InvalidSyncInputException("mall.invalid.base.url");
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
