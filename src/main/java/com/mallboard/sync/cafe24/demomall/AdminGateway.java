package com.mallboard.sync.cafe24.demomall;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Everything an admin call passes before its endpoint runs, in the order a real mall applies it: fault switches,
 * the leaky bucket (429 when full, the call not run), the bearer token, the route, the Content-Type of writes.
 * Every reply from here on carries the call-limit headers.
 */
final class AdminGateway {

    private final AdminRoutes routes = new AdminRoutes();

    void handle(HttpExchange exchange, DemoMallState mall, List<String> path, String selfUrl) throws IOException {
        mall.countRequest();
        Faults.Plan plan = mall.faults().next();
        pause(plan.delay());
        Headers headers = exchange.getResponseHeaders();
        switch (plan.action()) {
            case DROP_CONNECTION -> {
                // Closing an exchange before any response header was sent closes the socket: the client sees EOF.
                exchange.close();
                return;
            }
            case TOO_MANY_REQUESTS -> {
                putLimitHeaders(headers, mall.bucket().asIfFull());
                refuseTooMany(exchange, mall);
                return;
            }
            case USAGE_EXHAUSTED -> {
                putLimitHeaders(headers, mall.bucket().peek());
                headers.set("X-Cafe24-Call-Usage", "120.04");
                headers.set("X-Cafe24-Call-Remain", Integer.toString(plan.remainSeconds()));
                refuseTooMany(exchange, mall);
                return;
            }
            case SERVER_ERROR -> {
                putLimitHeaders(headers, mall.bucket().peek());
                String message = plan.status() == 503 ? "Service Unavailable" : "Internal Server Error";
                HttpIo.sendError(exchange, new ApiException(plan.status(), message));
                return;
            }
            default -> {
                // NONE or MALFORMED_JSON: the call runs normally.
            }
        }
        LeakyBucket.Outcome bucket = mall.bucket().tryAcquire();
        putLimitHeaders(headers, bucket);
        if (!bucket.accepted()) {
            refuseTooMany(exchange, mall);
            return;
        }
        ApiReply reply = run(exchange, mall, path, selfUrl);
        byte[] body = Json.bytes(reply.body());
        if (plan.action() == Faults.Action.MALFORMED_JSON) {
            // Cut mid-document, as a proxy dropping the end of a response would.
            body = Arrays.copyOf(body, Math.max(1, body.length / 2));
        }
        HttpIo.sendJson(exchange, reply.status(), body);
    }

    private ApiReply run(HttpExchange exchange, DemoMallState mall, List<String> path, String selfUrl)
            throws IOException {
        try {
            authenticate(exchange, mall);
            String method = exchange.getRequestMethod();
            AdminRoutes.Match match = routes.match(method, path);
            boolean write = !method.equals("GET");
            if (write && (method.equals("POST") || method.equals("PUT"))) {
                requireJson(exchange);
            }
            ApiRequest request = new ApiRequest(method, path, HttpIo.decodeForm(exchange.getRequestURI().getRawQuery()),
                    HttpIo.readBody(exchange), selfUrl);
            if (write) {
                mall.countWrite();
            }
            synchronized (mall.dataLock()) {
                ApiReply reply = match.endpoint().handle(request, mall, match.params());
                if (write) {
                    mall.changed();
                }
                return reply;
            }
        } catch (ApiException e) {
            return new ApiReply(e.status(), Json.error(e.status(), e.getMessage(), e.moreInfo()));
        }
    }

    private static void authenticate(HttpExchange exchange, DemoMallState mall) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        switch (mall.tokens().check(token)) {
            case VALID -> {
                // let the call through
            }
            case EXPIRED -> throw new ApiException(401, "access_token time expired.");
            default -> throw new ApiException(401, "Invalid access_token");
        }
    }

    private static void requireJson(HttpExchange exchange) {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw ApiException.badRequest("Content-Type must be application/json.");
        }
    }

    private static void refuseTooMany(HttpExchange exchange, DemoMallState mall) throws IOException {
        mall.countTooManyRequests();
        HttpIo.sendError(exchange, new ApiException(429, "Too Many Requests: the API call limit (bucket) is exceeded."));
    }

    /** {@code X-Api-Call-Limit} always; the usage headers too, with {@code *-Remain} only once usage reaches 100%. */
    private static void putLimitHeaders(Headers headers, LeakyBucket.Outcome bucket) {
        headers.set("X-Api-Call-Limit", bucket.used() + "/" + bucket.size());
        headers.set("X-Cafe24-Call-Usage", percent(bucket.callUsage()));
        // The demo mall has no processing-time quota of its own; it reports a quarter of the call usage.
        headers.set("X-Cafe24-Time-Usage", percent(bucket.callUsage() / 4));
        if (bucket.callUsage() >= 100) {
            headers.set("X-Cafe24-Call-Remain", Integer.toString(bucket.secondsUntilRoom()));
        }
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
