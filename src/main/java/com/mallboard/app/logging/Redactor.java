package com.mallboard.app.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what must never reach a log file even when a log line or an exception message carries it by mistake:
 * Korean phone numbers, e-mail addresses, OAuth tokens, client secrets, authorization codes and passwords (in query
 * strings, form bodies, JSON and {@code Authorization} headers). The code logs no such values on purpose; this is
 * the second line of defence.
 */
public final class Redactor {
    static final String MASK = "***";
    private static final String SECRET_NAMES = "access_token|refresh_token|id_token|client_secret|password|passwd"
            + "|authorization_code";

    private static final List<Rule> RULES = List.of(
            // "Authorization: Basic abc", "Authorization: Bearer abc", "Bearer abc"
            new Rule(Pattern.compile("(?i)(Authorization\\s*[:=]\\s*(?:(?:Basic|Bearer)\\s+)?)[A-Za-z0-9._~+/=-]+"),
                    "$1" + MASK),
            new Rule(Pattern.compile("(?i)\\b(Bearer\\s+)[A-Za-z0-9._~+/=-]+"), "$1" + MASK),
            // {"access_token":"abc"} and {"password": "abc"}
            new Rule(Pattern.compile("(?i)(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*\")[^\"]*(\")"), "$1" + MASK + "$2"),
            // access_token=abc and password: abc in URLs, form bodies and messages
            new Rule(Pattern.compile("(?i)(?<![A-Za-z0-9_])((?:" + SECRET_NAMES + ")\\s*[=:]\\s*)[^&\\s\"',;}]+"),
                    "$1" + MASK),
            // the OAuth code in a redirect (?code=xyz&state=...); a whole name only, so error_code= stays
            new Rule(Pattern.compile("(?<![A-Za-z0-9_])(code=)[^&\\s\"',;}]+"), "$1" + MASK),
            // Tried only where a run of address characters starts: from every position inside a long token the
            // search took time in the square of its length (a 256 KB line stalled logging for minutes).
            new Rule(Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*"
                    + "\\.[A-Za-z]{2,}"), "[email]"),
            // 010-1234-5678, 01012345678, +82 10 1234 5678, 02-123-4567, 031.123.4567, 070-1234-5678, 1588-1234
            new Rule(Pattern.compile("(?<![0-9])(?:(?:\\+82[-. ]?|0)(?:1[016789]|2|[3-6][1-5]|70|50[0-9]?)[-. ]?"
                    + "[0-9]{3,4}[-. ]?[0-9]{4}|1[5689][0-9]{2}-[0-9]{4})(?![0-9])"), "[phone]"));

    private Redactor() {
    }

    /** The text with every phone number, e-mail address and secret value masked; null stays null. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Rule rule : RULES) {
            result = rule.apply(result);
        }
        return result;
    }

    private record Rule(Pattern pattern, String replacement) {
        String apply(String text) {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? matcher.replaceAll(replacement) : text;
        }
    }
}
