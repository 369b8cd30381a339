package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Products, variants and inventories in the field names and formats of Cafe24's samples. */
final class ProductJson {

    private ProductJson() {
    }

    static ObjectNode product(MallProduct product, boolean withVariants) {
        ObjectNode json = Json.object();
        json.put("shop_no", 1);
        json.put("product_no", product.productNo);
        json.put("product_code", product.productCode);
        json.put("custom_product_code", product.customProductCode);
        json.put("product_name", product.name);
        json.put("eng_product_name", "");
        json.put("model_name", "");
        json.put("price", Json.money(product.price));
        // Korean VAT is 10% and included in the selling price.
        json.put("price_excluding_tax", Json.money(Math.round(product.price / 1.1)));
        json.put("retail_price", Json.money(product.retailPrice == null ? 0 : product.retailPrice));
        json.put("supply_price", Json.money(product.supplyPrice == null ? 0 : product.supplyPrice));
        json.put("display", Json.flag(product.display));
        json.put("selling", Json.flag(product.selling));
        json.put("sold_out", Json.flag(product.soldOut()));
        json.put("product_condition", "N");
        json.put("has_option", Json.flag(product.hasOptions()));
        json.put("summary_description", product.summaryDescription);
        json.set("product_tag", Json.strings(product.tags));
        json.put("manufacturer_code", "M0000000");
        json.put("trend_code", "T0000000");
        json.put("brand_code", "B0000000");
        json.put("supplier_code", "S0000000");
        json.put("created_date", KstTime.iso(product.createdDate));
        json.put("updated_date", KstTime.iso(product.updatedDate));
        if (withVariants) {
            json.set("variants", variants(product));
        }
        return json;
    }

    static ArrayNode variants(MallProduct product) {
        ArrayNode variants = Json.array();
        product.variants.forEach(v -> variants.add(variant(v)));
        return variants;
    }

    static ObjectNode variant(MallVariant variant) {
        ObjectNode json = Json.object();
        json.put("shop_no", 1);
        json.put("variant_code", variant.variantCode);
        ArrayNode options = Json.array();
        variant.options.forEach(o -> options.addObject().put("name", o.name()).put("value", o.value()));
        json.set("options", options);
        json.put("custom_variant_code", variant.customVariantCode);
        json.put("display", Json.flag(variant.display));
        json.put("selling", Json.flag(variant.selling));
        json.put("additional_amount", "0.00");
        json.put("use_inventory", Json.flag(variant.useInventory));
        json.put("important_inventory", "A");
        json.put("inventory_control_type", "A");
        json.put("display_soldout", Json.flag(variant.displaySoldout));
        json.put("quantity", variant.quantity);
        json.put("safety_inventory", 0);
        json.set("image", null);
        return json;
    }

    static ObjectNode inventory(MallVariant variant) {
        ObjectNode json = Json.object();
        json.put("shop_no", 1);
        json.put("variant_code", variant.variantCode);
        json.put("use_inventory", Json.flag(variant.useInventory));
        json.put("important_inventory", "A");
        json.put("inventory_control_type", "A");
        json.put("display_soldout", Json.flag(variant.displaySoldout));
        json.put("quantity", variant.quantity);
        json.put("safety_inventory", 0);
        json.put("origin_code", "");
        return json;
    }
}
