package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code /products}, {@code /products/count} and {@code /products/{product_no}}. */
final class ProductEndpoints {

    ApiReply list(ApiRequest request, DemoMallState mall, List<String> params) {
        boolean withVariants = request.embeds("variants");
        ArrayNode products = Json.array();
        ProductQuery.page(request, mall.catalog().all()).forEach(p -> products.add(ProductJson.product(p, withVariants)));
        return ApiReply.ok(Json.wrap("products", products));
    }

    ApiReply count(ApiRequest request, DemoMallState mall, List<String> params) {
        ObjectNode body = Json.object();
        body.put("count", ProductQuery.select(request, mall.catalog().all()).count());
        return ApiReply.ok(body);
    }

    ApiReply detail(ApiRequest request, DemoMallState mall, List<String> params) {
        MallProduct product = product(mall, params);
        return ApiReply.ok(Json.wrap("product", ProductJson.product(product, request.embeds("variants"))));
    }

    ApiReply create(ApiRequest request, DemoMallState mall, List<String> params) {
        JsonNode fields = request.requestObject();
        ProductFields.validateCreate(fields);
        List<ProductOptions.Definition> options = ProductOptions.read(fields);
        MallProduct product = mall.catalog().create();
        ProductFields.apply(fields, product);
        ProductOptions.apply(options, product);
        return ApiReply.created(Json.wrap("product", ProductJson.product(product, false)));
    }

    ApiReply update(ApiRequest request, DemoMallState mall, List<String> params) {
        MallProduct product = product(mall, params);
        JsonNode fields = request.requestObject();
        ProductFields.validate(fields);
        ProductFields.apply(fields, product);
        return ApiReply.ok(Json.wrap("product", ProductJson.product(product, false)));
    }

    ApiReply delete(ApiRequest request, DemoMallState mall, List<String> params) {
        long productNo = productNo(params.get(0));
        mall.catalog().delete(productNo);
        ObjectNode deleted = Json.object();
        deleted.put("product_no", productNo);
        return ApiReply.ok(Json.wrap("product", deleted));
    }

    /** The product a path names; a path with a non-number is an unknown URL, hence 404 rather than 422. */
    static MallProduct product(DemoMallState mall, List<String> params) {
        return mall.catalog().require(productNo(params.get(0)));
    }

    private static long productNo(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("No product with product_no " + raw + ".");
        }
    }
}
