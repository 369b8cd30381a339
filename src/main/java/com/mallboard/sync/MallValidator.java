package com.mallboard.sync;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a mall's settings before they are saved; the exception's message key names the first problem. The malls
 * screen asks for {@link #problems} as the user types, so the form and the service never disagree.
 */
public final class MallValidator {
    public static final String NAME = "mall.invalid.name";
    public static final String MALL_ID = "mall.invalid.mall.id";
    public static final String SHOP_NO = "mall.invalid.shop.no";
    public static final String API_VERSION = "mall.invalid.api.version";
    public static final String BASE_URL = "mall.invalid.base.url";

    private static final Pattern MALL_ID_FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern API_VERSION_FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private MallValidator() {
    }

    static void check(Mall mall) {
        List<String> problems = problems(mall);
        if (!problems.isEmpty()) {
            throw new InvalidSyncInputException(problems.get(0));
        }
    }

    /** Every problem's message key, in the order the fields appear on the form; empty when the mall can be saved. */
    public static List<String> problems(Mall mall) {
        List<String> problems = new ArrayList<>();
        if (mall.displayName() == null || mall.displayName().isBlank()) {
            problems.add(NAME);
        }
        if (mall.mallId() == null || !MALL_ID_FORMAT.matcher(mall.mallId()).matches()) {
            problems.add(MALL_ID);
        }
        if (mall.shopNo() < 1) {
            problems.add(SHOP_NO);
        }
        if (mall.apiVersion() == null || !API_VERSION_FORMAT.matcher(mall.apiVersion()).matches()) {
            problems.add(API_VERSION);
        }
        if (mall.baseUrlOverride() != null && !isHttpUrl(mall.baseUrlOverride())) {
            problems.add(BASE_URL);
        }
        return problems;
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
