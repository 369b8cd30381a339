package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A bare HTTP client for the tests: speaks to the demo mall exactly as a Cafe24 client would, nothing more. */
final class MallClient {

    static final String REDIRECT_URI = "http://127.0.0.1/callback";
    static final ObjectMapper JSON = new ObjectMapper();

    /** One HTTP answer; {@code json} is null when the body is not JSON. */
    record Reply(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String accessToken;

    MallClient(DemoMallServer server, String mallId) {
        this.base = server.baseUrl(mallId);
    }

    String base() {
        return base;
    }

    void useToken(String token) {
        this.accessToken = token;
    }

    /** Runs the whole code flow and keeps the access token; returns the token response. */
    JsonNode login() {
        String code = authorize("xyz").get("code");
        JsonNode tokens = token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI),
                DemoMall.CLIENT_SECRET).json();
        accessToken = tokens.get("access_token").asText();
        return tokens;
    }

    /** Asks for a code; returns the query parameters of the redirect's Location. */
    Map<String, String> authorize(String state) {
        Reply reply = send(HttpRequest.newBuilder(URI.create(base + "/api/v2/oauth/authorize?response_type=code&client_id="
                + DemoMall.CLIENT_ID + "&state=" + encode(state) + "&redirect_uri=" + encode(REDIRECT_URI)
                + "&scope=mall.read_product,mall.write_product")).GET());
        String location = reply.header("Location");
        if (reply.status() != 302 || location == null) {
            throw new AssertionError("authorize answered " + reply.status() + " " + reply.raw().body());
        }
        String query = location.substring(location.indexOf('?') + 1);
        return java.util.Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    Reply token(Map<String, String> form, String secret) {
        String basic = Base64.getEncoder().encodeToString((DemoMall.CLIENT_ID + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v2/oauth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
    }

    Reply postForm(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
    }

    Reply get(String adminPath) {
        return send(admin(adminPath).GET());
    }

    Reply post(String adminPath, String json) {
        return send(admin(adminPath).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String adminPath, String json) {
        return send(admin(adminPath).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String adminPath) {
        return send(admin(adminPath).DELETE());
    }

    /** Sends as given; throws {@link IOException} through, for the dropped-connection fault. */
    HttpResponse<String> sendRaw(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder admin(String adminPath) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/api/v2/admin/" + adminPath))
                .header("X-Cafe24-Api-Version", "2025-12-01").timeout(Duration.ofSeconds(10));
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        return builder;
    }

    /** Creates a product with this custom code and price; returns its product_no. */
    long createProduct(String customCode, String name, long price) {
        Reply reply = post("products", "{\"shop_no\":1,\"request\":{\"product_name\":\"" + name + "\",\"price\":\"" + price
                + ".00\",\"custom_product_code\":\"" + customCode + "\",\"display\":\"T\",\"selling\":\"T\"}}");
        if (reply.status() != 201) {
            throw new AssertionError("create answered " + reply.status() + " " + reply.raw().body());
        }
        return reply.json().get("product").get("product_no").asLong();
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = sendRaw(request.build());
            JsonNode json = null;
            try {
                json = response.body().isEmpty() ? null : JSON.readTree(response.body());
            } catch (IOException e) {
                json = null;
            }
            return new Reply(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }
}
