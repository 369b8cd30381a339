package com.mallboard.sync.cafe24;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mallboard.sync.MallAuthorizationException;
import com.mallboard.sync.MallCallException;
import com.mallboard.sync.TokenSet;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cafe24's {@code /api/v2/oauth/token}: trades an authorization code or a refresh token for a new token pair. The
 * client id and secret go in a Basic header. A 4xx means the grant is dead and a person must connect again; a 5xx or a
 * network failure says nothing about the grant, so it is a retryable {@link MallCallException}.
 */
final class Cafe24TokenEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI tokenUri;
    private final HttpClient http;
    private final String clientId;
    private final Duration timeout;

    Cafe24TokenEndpoint(URI apiBase, HttpClient http, String clientId, Duration timeout) {
        this.tokenUri = URI.create(apiBase + "/api/v2/oauth/token");
        this.http = http;
        this.clientId = clientId;
        this.timeout = timeout;
    }

    TokenSet exchangeCode(String code, URI redirectUri, String clientSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        return post(form, clientSecret);
    }

    TokenSet refresh(String refreshToken, String clientSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return post(form, clientSecret);
    }

    private TokenSet post(Map<String, String> form, String clientSecret) {
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenUri)
                .timeout(timeout)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MallCallException(0, "network", "Could not reach the mall's token endpoint: "
                    + e.getClass().getSimpleName(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MallCallException(0, "interrupted", "Interrupted while asking the mall for tokens", true, e);
        }
        int status = response.statusCode();
        if (status >= 400 && status < 500) {
            throw new MallAuthorizationException("The mall refused the authorization (HTTP " + status + ": "
                    + MallErrors.message(response.body()) + "); connect the mall again", null);
        }
        if (status != 200) {
            throw new MallCallException(status, "token", "The mall's token endpoint answered HTTP " + status, true);
        }
        return parse(response.body());
    }

    static TokenSet parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            String access = node.path("access_token").asText("");
            String refresh = node.path("refresh_token").asText("");
            Instant accessExpires = Cafe24Values.instant(node.path("expires_at").asText(null));
            Instant refreshExpires = Cafe24Values.instant(node.path("refresh_token_expires_at").asText(null));
            if (access.isEmpty() || refresh.isEmpty() || accessExpires == null || refreshExpires == null) {
                throw new MallCallException(200, "token", "The mall's token answer is missing fields", true);
            }
            return new TokenSet(access, accessExpires, refresh, refreshExpires);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MallCallException known) {
                throw known;
            }
            throw new MallCallException(200, "token", "The mall's token answer could not be read", true, null);
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
