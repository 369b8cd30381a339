package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** {@code /products/{no}/variants[/{code}[/inventories]]}: stock lives on variants, sold-out follows from it. */
final class VariantEndpoints {

    private static final int MAX_QUANTITY = 999_999_999;
    private static final int MAX_BULK = 100;
    private static final int MULTI_STATUS = 207;

    ApiReply list(ApiRequest request, DemoMallState mall, List<String> params) {
        return ApiReply.ok(Json.wrap("variants", ProductJson.variants(ProductEndpoints.product(mall, params))));
    }

    ApiReply detail(ApiRequest request, DemoMallState mall, List<String> params) {
        return ApiReply.ok(Json.wrap("variant", ProductJson.variant(variant(mall, params))));
    }

    ApiReply update(ApiRequest request, DemoMallState mall, List<String> params) {
        MallProduct product = ProductEndpoints.product(mall, params);
        MallVariant variant = product.variant(params.get(1));
        JsonNode fields = request.requestObject();
        applyInventory(new FieldReader(fields), variant, true);
        product.updatedDate = Instant.now();
        return ApiReply.ok(Json.wrap("variant", ProductJson.variant(variant)));
    }

    /**
     * The bulk update: {@code {"shop_no":1,"requests":[{"variant_code":…, …}, …]}}, at most 100. Each request stands
     * alone: 200 {@code {"variants":[…]}} when all applied, else 207 with the applied ones in {@code variants} and
     * one {@code errors} entry ({@code variant_code}, {@code code} 422, {@code message}) per refused request.
     */
    ApiReply bulkUpdate(ApiRequest request, DemoMallState mall, List<String> params) {
        MallProduct product = ProductEndpoints.product(mall, params);
        List<JsonNode> requests = request.requestsArray(MAX_BULK);
        ArrayNode variants = Json.array();
        ArrayNode errors = Json.array();
        for (JsonNode one : requests) {
            String code = one.path("variant_code").asText("");
            try {
                if (code.isBlank()) {
                    throw ApiException.unprocessable("variant_code is required.");
                }
                MallVariant variant = product.variants.stream().filter(v -> v.variantCode.equals(code)).findFirst()
                        .orElseThrow(() -> ApiException.unprocessable("No variant " + code + " on product "
                                + product.productNo + "."));
                applyInventory(new FieldReader(one), variant, true);
                variants.add(ProductJson.variant(variant));
            } catch (ApiException e) {
                ObjectNode error = errors.addObject();
                error.put("variant_code", code);
                error.put("code", e.status());
                error.put("message", e.getMessage());
            }
        }
        if (!variants.isEmpty()) {
            product.updatedDate = Instant.now();
        }
        ObjectNode body = Json.wrap("variants", variants);
        if (errors.isEmpty()) {
            return ApiReply.ok(body);
        }
        body.set("errors", errors);
        return new ApiReply(MULTI_STATUS, body);
    }

    ApiReply inventory(ApiRequest request, DemoMallState mall, List<String> params) {
        return ApiReply.ok(Json.wrap("inventory", ProductJson.inventory(variant(mall, params))));
    }

    ApiReply updateInventory(ApiRequest request, DemoMallState mall, List<String> params) {
        MallProduct product = ProductEndpoints.product(mall, params);
        MallVariant variant = product.variant(params.get(1));
        applyInventory(new FieldReader(request.requestObject()), variant, false);
        product.updatedDate = Instant.now();
        return ApiReply.ok(Json.wrap("inventory", ProductJson.inventory(variant)));
    }

    /** Validates every field first, then applies them, so a 422 leaves the variant as it was. */
    private static void applyInventory(FieldReader fields, MallVariant variant, boolean variantFields) {
        Integer quantity = fields.has("quantity") ? fields.wholeNumber("quantity", 0, MAX_QUANTITY) : null;
        Boolean useInventory = fields.has("use_inventory") ? fields.flag("use_inventory") : null;
        Boolean displaySoldout = fields.has("display_soldout") ? fields.flag("display_soldout") : null;
        Boolean display = variantFields && fields.has("display") ? fields.flag("display") : null;
        Boolean selling = variantFields && fields.has("selling") ? fields.flag("selling") : null;
        String customCode = variantFields && fields.has("custom_variant_code")
                ? fields.text("custom_variant_code", 40).trim() : null;
        if (quantity != null) {
            variant.quantity = quantity;
        }
        if (useInventory != null) {
            variant.useInventory = useInventory;
        }
        if (displaySoldout != null) {
            variant.displaySoldout = displaySoldout;
        }
        if (display != null) {
            variant.display = display;
        }
        if (selling != null) {
            variant.selling = selling;
        }
        if (customCode != null) {
            variant.customVariantCode = customCode;
        }
    }

    private static MallVariant variant(DemoMallState mall, List<String> params) {
        return ProductEndpoints.product(mall, params).variant(params.get(1));
    }
}
