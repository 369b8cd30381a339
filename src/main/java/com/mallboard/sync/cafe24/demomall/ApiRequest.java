package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One admin call, already stripped to what endpoints need.
 *
 * @param path      the segments after {@code /api/v2/admin/}, URL-decoded
 * @param query     query parameters in the order the client sent them
 * @param selfUrl   the absolute URL of this call without its query, for {@code links}
 */
record ApiRequest(String method, List<String> path, Map<String, String> query, byte[] body, String selfUrl) {

    ApiRequest {
        path = List.copyOf(path);
        query = new LinkedHashMap<>(query);
    }

    /** A query parameter, or null when absent or blank. */
    String param(String name) {
        String value = query.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    boolean has(String name) {
        return param(name) != null;
    }

    /** A whole number parameter within [min, max], the default when absent; 422 otherwise (Cafe24's rule). */
    int intParam(String name, int defaultValue, int min, int max) {
        String raw = param(name);
        if (raw == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the same message as an out-of-range number
        }
        throw ApiException.unprocessable(name + " must be a whole number from " + min + " to " + max + ".");
    }

    /** A comma list parameter (Cafe24 ORs its values, at most 100 of them). */
    List<String> listParam(String name) {
        String raw = param(name);
        if (raw == null) {
            return List.of();
        }
        List<String> values = java.util.Arrays.stream(raw.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
        if (values.size() > 100) {
            throw ApiException.unprocessable(name + " takes at most 100 comma-separated values.");
        }
        return values;
    }

    boolean embeds(String resource) {
        return listParam("embed").contains(resource);
    }

    /** The {@code request} object of a {@code {"shop_no":1,"request":{...}}} write body. */
    JsonNode requestObject() {
        JsonNode envelope = Json.parse(body);
        JsonNode request = envelope.get("request");
        if (request == null || !request.isObject()) {
            throw ApiException.unprocessable("The body must be {\"shop_no\": 1, \"request\": {...}}.");
        }
        checkShop(envelope);
        return request;
    }

    /** The {@code requests} of a bulk {@code {"shop_no":1,"requests":[{...}, ...]}} body: 1 to {@code max} objects. */
    List<JsonNode> requestsArray(int max) {
        JsonNode envelope = Json.parse(body);
        JsonNode requests = envelope.get("requests");
        if (requests == null || !requests.isArray() || requests.isEmpty()) {
            throw ApiException.unprocessable("The body must be {\"shop_no\": 1, \"requests\": [{...}, ...]}.");
        }
        if (requests.size() > max) {
            throw ApiException.unprocessable("requests takes at most " + max + " objects.");
        }
        checkShop(envelope);
        List<JsonNode> objects = new java.util.ArrayList<>();
        requests.forEach(objects::add);
        if (objects.stream().anyMatch(r -> !r.isObject())) {
            throw ApiException.unprocessable("Every entry of requests must be an object.");
        }
        return objects;
    }

    private static void checkShop(JsonNode envelope) {
        JsonNode shopNo = envelope.get("shop_no");
        if (shopNo != null && !(shopNo.canConvertToInt() && shopNo.asInt() == 1)) {
            throw ApiException.unprocessable("shop_no " + shopNo + " does not exist; the demo mall has shop 1 only.");
        }
    }
}
