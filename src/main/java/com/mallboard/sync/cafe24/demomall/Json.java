package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/** JSON building in Cafe24's dialect: money as decimal strings, flags as "T"/"F", one error envelope. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** Wraps one node under a key: {@code {"product": {...}}}. */
    static ObjectNode wrap(String key, JsonNode node) {
        ObjectNode wrapper = object();
        wrapper.set(key, node);
        return wrapper;
    }

    static String money(long won) {
        return won + ".00";
    }

    static String flag(boolean value) {
        return value ? "T" : "F";
    }

    static ObjectNode error(int status, String message, Map<String, String> moreInfo) {
        ObjectNode error = object();
        error.put("code", status);
        error.put("message", message);
        ObjectNode more = error.putObject("more_info");
        moreInfo.forEach(more::put);
        return wrap("error", error);
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built in memory always serialises", e);
        }
    }

    static JsonNode parse(byte[] body) {
        try {
            return MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Request body is not valid JSON.");
        }
    }
}
