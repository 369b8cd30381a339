package com.mallboard.sync.cafe24;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads the mall's own words out of an error answer: {@code {"error":{"code":..,"message":..}}} from the admin API,
 * {@code {"error":"invalid_grant","error_description":..}} from the OAuth endpoints. Bodies we cannot read give a
 * neutral text; they are never copied whole into messages, which end up in logs.
 */
final class MallErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGE = 300;

    private MallErrors() {
    }

    static String message(String body) {
        JsonNode error = errorNode(body);
        String text = error.isObject()
                ? firstNonBlank(error.path("message").asText(""), error.path("code").asText(""))
                : firstNonBlank(oauthDescription(body), error.asText(""));
        text = text.isBlank() ? "no details given" : text;
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "…" : text;
    }

    static String code(String body, int status) {
        JsonNode error = errorNode(body);
        String code = error.isObject() ? error.path("code").asText("") : error.asText("");
        return code.isBlank() ? String.valueOf(status) : code;
    }

    private static JsonNode errorNode(String body) {
        return read(body).path("error");
    }

    private static String oauthDescription(String body) {
        return read(body).path("error_description").asText("");
    }

    private static JsonNode read(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node == null ? JSON.missingNode() : node;
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static String firstNonBlank(String first, String second) {
        return first.isBlank() ? second : first;
    }
}
