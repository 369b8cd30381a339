package com.mallboard.sync.cafe24.demomall;

import java.util.ArrayList;
import java.util.List;

/** The admin endpoints the demo mall serves, matched by method and path; {@code *} matches one segment. */
final class AdminRoutes {

    /** An endpoint; {@code params} are the path segments the stars matched, in order. */
    @FunctionalInterface
    interface Endpoint {
        ApiReply handle(ApiRequest request, DemoMallState mall, List<String> params);
    }

    private record Route(String method, String[] pattern, Endpoint endpoint) {
    }

    /** A matched route, or the reason nothing matched. */
    record Match(Endpoint endpoint, List<String> params) {
    }

    private final List<Route> routes = new ArrayList<>();

    AdminRoutes() {
        ProductEndpoints products = new ProductEndpoints();
        add("GET", "products/count", products::count);
        add("GET", "products", products::list);
        add("POST", "products", products::create);
        add("GET", "products/*", products::detail);
        add("PUT", "products/*", products::update);
        add("DELETE", "products/*", products::delete);
        VariantEndpoints variants = new VariantEndpoints();
        add("GET", "products/*/variants", variants::list);
        add("PUT", "products/*/variants", variants::bulkUpdate);
        add("GET", "products/*/variants/*", variants::detail);
        add("PUT", "products/*/variants/*", variants::update);
        add("GET", "products/*/variants/*/inventories", variants::inventory);
        add("PUT", "products/*/variants/*/inventories", variants::updateInventory);
        OrderEndpoints orders = new OrderEndpoints();
        add("GET", "orders/count", orders::count);
        add("GET", "orders", orders::list);
        add("GET", "orders/*", orders::detail);
        add("GET", "orders/*/items", orders::items);
        add("GET", "orders/*/receivers", orders::receivers);
        ShipmentEndpoints shipments = new ShipmentEndpoints();
        add("GET", "orders/*/shipments", shipments::list);
        add("POST", "orders/*/shipments", shipments::create);
        add("GET", "carriers", shipments::carriers);
    }

    /** The endpoint for this call; 404 for an unknown path or a method the path does not take (Cafe24's table). */
    Match match(String method, List<String> path) {
        for (Route route : routes) {
            List<String> params = matchPattern(route.pattern(), path);
            if (params != null && route.method().equals(method)) {
                return new Match(route.endpoint(), params);
            }
        }
        throw ApiException.notFound("No such endpoint: " + method + " /api/v2/admin/" + String.join("/", path));
    }

    private void add(String method, String pattern, Endpoint endpoint) {
        routes.add(new Route(method, pattern.split("/"), endpoint));
    }

    private static List<String> matchPattern(String[] pattern, List<String> path) {
        if (pattern.length != path.size()) {
            return null;
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("*")) {
                params.add(path.get(i));
            } else if (!pattern[i].equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }
}
