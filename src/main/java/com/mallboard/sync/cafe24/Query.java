package com.mallboard.sync.cafe24;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A path with its query string, every value URL-encoded (Cafe24 answers 400 to unencoded Korean or "+"). */
final class Query {
    private final String path;
    private final Map<String, String> parameters = new LinkedHashMap<>();

    private Query(String path) {
        this.path = path;
    }

    static Query path(String path) {
        return new Query(path);
    }

    Query with(String name, Object value) {
        parameters.put(name, String.valueOf(value));
        return this;
    }

    @Override
    public String toString() {
        if (parameters.isEmpty()) {
            return path;
        }
        return path + "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
