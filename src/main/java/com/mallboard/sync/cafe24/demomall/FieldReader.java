package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads fields of a write request the way Cafe24 validates them, turning every misfit into a 422 message. */
final class FieldReader {

    private final JsonNode request;

    FieldReader(JsonNode request) {
        this.request = request;
    }

    boolean has(String field) {
        JsonNode node = request.get(field);
        return node != null && !node.isNull();
    }

    void require(String field) {
        if (!has(field) || (request.get(field).isTextual() && request.get(field).asText().isBlank())) {
            throw ApiException.unprocessable(field + " is required.");
        }
    }

    String text(String field, int maxLength) {
        JsonNode node = request.get(field);
        if (!node.isValueNode()) {
            throw ApiException.unprocessable(field + " must be a string.");
        }
        String value = node.asText();
        if (value.length() > maxLength) {
            throw ApiException.unprocessable(field + " must be at most " + maxLength + " characters.");
        }
        return value;
    }

    /** Money as Cafe24 accepts it: "15000.00", "15000" or 15000; whole won, zero or more. */
    long money(String field) {
        JsonNode node = request.get(field);
        try {
            BigDecimal value = new BigDecimal(node.asText().trim());
            if (value.signum() >= 0 && node.isValueNode() && !node.isBoolean()) {
                return value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // fall through to the one message for every bad amount
        }
        throw ApiException.unprocessable(field + " must be an amount of 0 or more, e.g. \"15000.00\".");
    }

    int wholeNumber(String field, int min, int max) {
        JsonNode node = request.get(field);
        if (node.isIntegralNumber() || (node.isTextual() && node.asText().trim().matches("-?\\d{1,10}"))) {
            long value = Long.parseLong(node.asText().trim());
            if (value >= min && value <= max) {
                return (int) value;
            }
        }
        throw ApiException.unprocessable(field + " must be a whole number from " + min + " to " + max + ".");
    }

    boolean flag(String field) {
        String value = request.get(field).asText();
        if (value.equals("T") || value.equals("F")) {
            return value.equals("T");
        }
        throw ApiException.unprocessable(field + " must be T or F.");
    }

    /** An array of strings, or one comma-separated string (both appear in client code). */
    List<String> stringList(String field, int maxItems) {
        JsonNode node = request.get(field);
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> values.add(item.asText().trim()));
        } else {
            values.addAll(Arrays.asList(node.asText().split(",")));
        }
        List<String> cleaned = values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
        if (cleaned.size() > maxItems) {
            throw ApiException.unprocessable(field + " takes at most " + maxItems + " values.");
        }
        return cleaned;
    }
}
