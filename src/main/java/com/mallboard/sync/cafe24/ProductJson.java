package com.mallboard.sync.cafe24;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mallboard.sync.ListingContent;
import com.mallboard.sync.MallCallException;
import com.mallboard.sync.RemoteProduct;
import com.mallboard.sync.RemoteVariant;
import java.util.ArrayList;
import java.util.List;

/** Products between our records and Cafe24's JSON: field names, "T"/"F" flags, won as decimal strings. */
final class ProductJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
                    v.path("quantity").asInt(0)));
        }
        return result;
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
