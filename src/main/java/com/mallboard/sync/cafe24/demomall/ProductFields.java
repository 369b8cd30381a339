package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Applies the product fields of a create or update request, all validated before any is changed. */
final class ProductFields {

    private ProductFields() {
    }

    /** Throws 422 for the first bad field; the product is untouched then. */
    static void validateCreate(JsonNode request) {
        FieldReader fields = new FieldReader(request);
        fields.require("product_name");
        fields.require("price");
        validate(request);
    }

    static void validate(JsonNode request) {
        FieldReader fields = new FieldReader(request);
        if (fields.has("product_name") && fields.text("product_name", 250).isBlank()) {
            throw ApiException.unprocessable("product_name must not be blank.");
        }
        for (String money : new String[] {"price", "supply_price", "retail_price"}) {
            if (fields.has(money)) {
                fields.money(money);
            }
        }
        for (String flag : new String[] {"display", "selling"}) {
            if (fields.has(flag)) {
                fields.flag(flag);
            }
        }
        if (fields.has("custom_product_code")) {
            fields.text("custom_product_code", 40);
        }
        if (fields.has("summary_description")) {
            fields.text("summary_description", 255);
        }
        if (fields.has("product_tag")) {
            fields.stringList("product_tag", 100);
        }
    }

    /** Copies every field the request names; call {@link #validate} first. */
    static void apply(JsonNode request, MallProduct product) {
        FieldReader fields = new FieldReader(request);
        if (fields.has("product_name")) {
            product.name = fields.text("product_name", 250).trim();
        }
        if (fields.has("price")) {
            product.price = fields.money("price");
        }
        if (fields.has("supply_price")) {
            product.supplyPrice = fields.money("supply_price");
        }
        if (fields.has("retail_price")) {
            product.retailPrice = fields.money("retail_price");
        }
        if (fields.has("display")) {
            product.display = fields.flag("display");
        }
        if (fields.has("selling")) {
            product.selling = fields.flag("selling");
        }
        if (fields.has("custom_product_code")) {
            product.customProductCode = fields.text("custom_product_code", 40).trim();
        }
        if (fields.has("summary_description")) {
            product.summaryDescription = fields.text("summary_description", 255);
        }
        if (fields.has("product_tag")) {
            product.tags = fields.stringList("product_tag", 100);
        }
        product.updatedDate = Instant.now();
    }
}
