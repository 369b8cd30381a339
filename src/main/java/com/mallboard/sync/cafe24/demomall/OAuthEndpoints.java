package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v2/oauth/authorize|token|revoke}. Authorization approves at once (the demo mall has no admin to log
 * in), so a client's whole code flow runs without a browser. Tokens never reach a log.
 */
final class OAuthEndpoints {

    /** Granted when the client asks for no scope: what Mallboard needs. */
    static final List<String> DEFAULT_SCOPES = List.of("mall.read_product", "mall.write_product", "mall.read_order",
            "mall.write_order", "mall.read_shipping");

    void handle(HttpExchange exchange, DemoMallState mall, String endpoint) throws IOException {
        String method = exchange.getRequestMethod();
        if (endpoint.equals("authorize") && method.equals("GET")) {
            authorize(exchange, mall);
        } else if (endpoint.equals("token") && method.equals("POST")) {
            Map<String, String> form = readForm(exchange);
            checkClient(exchange, form);
            ObjectNode tokens = token(form, mall);
            mall.changed();
            HttpIo.sendJson(exchange, 200, Json.bytes(tokens));
        } else if (endpoint.equals("revoke") && method.equals("POST")) {
            Map<String, String> form = readForm(exchange);
            checkClient(exchange, form);
            String token = form.get("token");
            if (token == null || token.isBlank()) {
                throw ApiException.oauth(400, "invalid_request", "token is required.");
            }
            mall.tokens().revoke(token);
            mall.changed();
            HttpIo.sendJson(exchange, 200, Json.bytes(Json.object()));
        } else {
            throw ApiException.notFound("No such OAuth endpoint: " + method + " " + endpoint);
        }
    }

    private static void authorize(HttpExchange exchange, DemoMallState mall) throws IOException {
        Map<String, String> query = HttpIo.decodeForm(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(query.get("response_type"))) {
            throw ApiException.oauth(400, "unsupported_response_type", "response_type must be code.");
        }
        if (!DemoMall.CLIENT_ID.equals(query.get("client_id"))) {
            throw ApiException.oauth(401, "invalid_client", "Unknown client_id.");
        }
        String redirectUri = query.get("redirect_uri");
        if (redirectUri == null || redirectUri.isBlank()) {
            throw ApiException.oauth(400, "invalid_request", "redirect_uri is required.");
        }
        String code = mall.tokens().issueCode(redirectUri, scopes(query.get("scope")));
        StringBuilder location = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?')
                .append("code=").append(HttpIo.encode(code));
        String state = query.get("state");
        if (state != null) {
            location.append("&state=").append(HttpIo.encode(state));
        }
        HttpIo.redirect(exchange, location.toString());
    }

    private static ObjectNode token(Map<String, String> form, DemoMallState mall) {
        String grantType = form.getOrDefault("grant_type", "");
        TokenGrant grant = switch (grantType) {
            case "authorization_code" -> mall.tokens().redeemCode(form.get("code"), form.get("redirect_uri"));
            case "refresh_token" -> mall.tokens().refresh(form.get("refresh_token"));
            default -> throw ApiException.oauth(400, "unsupported_grant_type",
                    "grant_type must be authorization_code or refresh_token.");
        };
        ObjectNode body = Json.object();
        body.put("access_token", grant.accessToken());
        body.put("expires_at", KstTime.oauth(grant.accessExpiresAt()));
        body.put("refresh_token", grant.refreshToken());
        body.put("refresh_token_expires_at", KstTime.oauth(grant.refreshExpiresAt()));
        body.put("client_id", DemoMall.CLIENT_ID);
        body.put("mall_id", mall.mallId());
        body.put("user_id", mall.mallId());
        body.set("scopes", Json.strings(grant.scopes()));
        body.put("issued_at", KstTime.oauth(grant.issuedAt()));
        body.put("shop_no", "1");
        body.put("token_type", "Bearer");
        return body;
    }

    /** Client credentials by HTTP Basic (the official way) or in the form body (the newer quick-start's way). */
    private static void checkClient(HttpExchange exchange, Map<String, String> form) {
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ApiException.oauth(401, "invalid_client", "The Basic credentials are not valid Base64.");
            }
            int colon = decoded.indexOf(':');
            clientId = colon < 0 ? decoded : decoded.substring(0, colon);
            secret = colon < 0 ? "" : decoded.substring(colon + 1);
        }
        if (!DemoMall.CLIENT_ID.equals(clientId) || !DemoMall.CLIENT_SECRET.equals(secret)) {
            throw ApiException.oauth(401, "invalid_client", "Unknown client or wrong client secret.");
        }
    }

    private static Map<String, String> readForm(HttpExchange exchange) throws IOException {
        return HttpIo.decodeForm(new String(HttpIo.readBody(exchange), StandardCharsets.UTF_8));
    }

    /** Accepts both separators seen in the wild: spaces (the newer guide) and commas (many clients). */
    private static List<String> scopes(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_SCOPES;
        }
        return Arrays.stream(raw.split("[,\\s]+")).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
