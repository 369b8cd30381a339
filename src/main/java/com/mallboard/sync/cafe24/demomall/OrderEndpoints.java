package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /orders}, {@code /orders/count}, {@code /orders/{id}} and its items and receivers. */
final class OrderEndpoints {

    ApiReply list(ApiRequest request, DemoMallState mall, List<String> params) {
        int limit = request.intParam("limit", 10, 1, OrderQuery.MAX_LIMIT);
        int offset = request.intParam("offset", 0, 0, OrderQuery.MAX_OFFSET);
        List<MallOrder> selected = OrderQuery.select(request, mall.orders().all());
        Set<String> embeds = Set.copyOf(request.listParam("embed"));
        ArrayNode orders = Json.array();
        selected.stream().skip(offset).limit(limit).forEach(o -> orders.add(OrderJson.order(o, embeds)));
        ObjectNode body = Json.wrap("orders", orders);
        ArrayNode links = body.putArray("links");
        if (offset > 0) {
            links.add(link("previous", request, Math.max(0, offset - limit), limit));
        }
        // Past 15000 there is no next page to ask for: the offset rule would refuse it.
        if (offset + limit < selected.size() && offset + limit <= OrderQuery.MAX_OFFSET) {
            links.add(link("next", request, offset + limit, limit));
        }
        return ApiReply.ok(body);
    }

    ApiReply count(ApiRequest request, DemoMallState mall, List<String> params) {
        ObjectNode body = Json.object();
        body.put("count", OrderQuery.select(request, mall.orders().all()).size());
        return ApiReply.ok(body);
    }

    ApiReply detail(ApiRequest request, DemoMallState mall, List<String> params) {
        MallOrder order = mall.orders().require(params.get(0));
        return ApiReply.ok(Json.wrap("order", OrderJson.order(order, Set.copyOf(request.listParam("embed")))));
    }

    ApiReply items(ApiRequest request, DemoMallState mall, List<String> params) {
        return ApiReply.ok(Json.wrap("items", OrderJson.items(mall.orders().require(params.get(0)))));
    }

    ApiReply receivers(ApiRequest request, DemoMallState mall, List<String> params) {
        return ApiReply.ok(Json.wrap("receivers", OrderJson.receivers(mall.orders().require(params.get(0)))));
    }

    private static ObjectNode link(String rel, ApiRequest request, int offset, int limit) {
        Map<String, String> query = new LinkedHashMap<>(request.query());
        query.put("limit", Integer.toString(limit));
        query.put("offset", Integer.toString(offset));
        StringBuilder href = new StringBuilder(request.selfUrl());
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            href.append(separator).append(HttpIo.encode(parameter.getKey())).append('=')
                    .append(HttpIo.encode(parameter.getValue()));
            separator = '&';
        }
        ObjectNode link = Json.object();
        link.put("rel", rel);
        link.put("href", href.toString());
        return link;
    }
}
