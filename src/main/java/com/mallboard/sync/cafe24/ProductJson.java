package com.mallboard.sync.cafe24;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mallboard.sync.ListingContent;
import com.mallboard.sync.MallCallException;
import com.mallboard.sync.RemoteProduct;
import com.mallboard.sync.RemoteVariant;
import com.mallboard.sync.VariantStock;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Products between our records and Cafe24's JSON: field names, "T"/"F" flags, won as decimal strings. */
final class ProductJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The one option group Mallboard creates; shoppers see its name above the option values. */
    static final String OPTION_GROUP = "옵션";
    /** Cafe24's limit on objects in one bulk request. */
    static final int BULK_LIMIT = 100;
    /** Cafe24's status for a bulk call in which some objects failed. */
    static final int MULTI_STATUS = 207;

    private ProductJson() {
    }

    /** The body of a write call: {@code {"shop_no":N,"request":{...}}}. */
    static ObjectNode envelope(int shopNo, ObjectNode request) {
        ObjectNode body = NODES.objectNode();
        body.put("shop_no", shopNo);
        body.set("request", request);
        return body;
    }

    static ObjectNode listing(ListingContent content) {
        ObjectNode request = NODES.objectNode();
        request.put("custom_product_code", content.customProductCode());
        request.put("product_name", content.name());
        request.put("price", Cafe24Values.money(content.priceWon()));
        if (content.supplyPriceWon() != null) {
            request.put("supply_price", Cafe24Values.money(content.supplyPriceWon()));
        }
        request.put("display", Cafe24Values.flag(content.display()));
        request.put("selling", Cafe24Values.flag(content.selling()));
        request.put("summary_description", content.summary() == null ? "" : content.summary());
        ArrayNode tags = request.putArray("product_tag");
        content.tags().forEach(tags::add);
        return request;
    }

    /** A new listing: with options, one option group whose values are the options, in order. */
    static ObjectNode newListing(ListingContent content) {
        ObjectNode request = listing(content);
        if (content.hasOptions()) {
            request.put("has_option", "T");
            ObjectNode group = request.putArray("options").addObject();
            group.put("option_name", OPTION_GROUP);
            ArrayNode values = group.putArray("option_value");
            content.options().forEach(o -> values.addObject().put("option_text", o.name()));
        }
        return request;
    }

    /** A bulk variants update: {@code {"shop_no":N,"requests":[...]}}, at most {@link #BULK_LIMIT} variants. */
    static ObjectNode variantsUpdate(int shopNo, List<VariantStock> variants) {
        ObjectNode body = NODES.objectNode();
        body.put("shop_no", shopNo);
        ArrayNode requests = body.putArray("requests");
        for (VariantStock variant : variants) {
            ObjectNode request = requests.addObject();
            request.put("variant_code", variant.variantCode());
            if (variant.customVariantCode() != null) {
                request.put("custom_variant_code", variant.customVariantCode());
            }
            request.put("quantity", Math.max(0, variant.stock()));
            request.put("use_inventory", "T");
            request.put("display_soldout", "T");
        }
        return body;
    }

    /**
     * Throws when a bulk answer reports objects that failed (Cafe24 answers 207 then): an entry of an {@code errors}
     * list, or a listed object carrying an {@code error} or a status of 400 or more. The message names the variants.
     */
    static void requireAllApplied(JsonNode answer) {
        StringJoiner problems = new StringJoiner("; ");
        String code = null;
        var fields = answer.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getValue().isArray()) {
                continue;
            }
            boolean errorList = "errors".equals(field.getKey());
            for (JsonNode item : field.getValue()) {
                JsonNode error = item.path("error");
                int status = item.path("status").asInt(item.path("status_code").asInt(0));
                if (!errorList && error.isMissingNode() && status < 400) {
                    continue;
                }
                JsonNode detail = error.isObject() ? error : item;
                code = code != null ? code : firstText(detail.path("code").asText(""), String.valueOf(MULTI_STATUS));
                problems.add(problem(item, detail, error));
            }
        }
        if (problems.length() > 0) {
            throw new MallCallException(MULTI_STATUS, code, "The mall refused some variants: " + problems, false);
        }
    }

    private static String problem(JsonNode item, JsonNode detail, JsonNode error) {
        String message = firstText(detail.path("message").asText(""), error.isTextual() ? error.asText() : "");
        message = message.isBlank() ? "no details given" : message;
        String variant = firstText(item.path("variant_code").asText(""),
                item.path("request").path("variant_code").asText(""));
        return variant.isBlank() ? message : variant + ": " + message;
    }

    private static String firstText(String first, String second) {
        return first.isBlank() ? second : first;
    }

    /** Stock is counted, and a variant at zero shows as sold out instead of selling without limit. */
    static ObjectNode inventory(int stock) {
        ObjectNode request = NODES.objectNode();
        request.put("use_inventory", "T");
        request.put("display_soldout", "T");
        request.put("quantity", Math.max(0, stock));
        return request;
    }

    static RemoteProduct single(JsonNode answer) {
        JsonNode product = answer.path("product");
        if (!product.isObject()) {
            throw unexpected("product");
        }
        return product(product);
    }

    static List<RemoteProduct> list(JsonNode answer) {
        JsonNode products = answer.path("products");
        if (!products.isArray()) {
            throw unexpected("products");
        }
        List<RemoteProduct> result = new ArrayList<>();
        products.forEach(p -> result.add(product(p)));
        return result;
    }

    static List<RemoteVariant> variants(JsonNode answer) {
        JsonNode variants = answer.path("variants");
        if (!variants.isArray()) {
            throw unexpected("variants");
        }
        return variantList(variants);
    }

    static RemoteProduct product(JsonNode p) {
        String supply = text(p, "supply_price");
        return new RemoteProduct(
                p.path("product_no").asLong(),
                text(p, "product_code"),
                text(p, "custom_product_code"),
                text(p, "product_name"),
                Cafe24Values.won(text(p, "price")),
                supply == null || supply.isBlank() ? null : Cafe24Values.won(supply),
                Cafe24Values.isTrue(text(p, "display")),
                Cafe24Values.isTrue(text(p, "selling")),
                Cafe24Values.isTrue(text(p, "sold_out")),
                text(p, "summary_description"),
                variantList(p.path("variants")));
    }

    private static List<RemoteVariant> variantList(JsonNode variants) {
        List<RemoteVariant> result = new ArrayList<>();
        for (JsonNode v : variants) {
            result.add(new RemoteVariant(text(v, "variant_code"), text(v, "custom_variant_code"),
                    v.path("quantity").asInt(0), optionValue(v.path("options"))));
        }
        return result;
    }

    /** One option group gives its value ("01 코랄"); several give "name=value, name=value"; none gives null. */
    static String optionValue(JsonNode options) {
        List<JsonNode> picked = new ArrayList<>();
        options.forEach(o -> {
            if (text(o, "value") != null && !text(o, "value").isBlank()) {
                picked.add(o);
            }
        });
        if (picked.isEmpty()) {
            return null;
        }
        if (picked.size() == 1) {
            return text(picked.get(0), "value");
        }
        StringJoiner joined = new StringJoiner(", ");
        picked.forEach(o -> joined.add(text(o, "name") + "=" + text(o, "value")));
        return joined.toString();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    static MallCallException unexpected(String expected) {
        return new MallCallException(200, "unexpected_response", "The mall's answer had no \"" + expected + "\"",
                false);
    }
}
