package com.mallboard.sync.cafe24.demomall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoMallOAuthTest {

    private static DemoMallServer server;

    @BeforeAll
    static void start() {
        server = DemoMallServer.start(DemoMallSettings.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void authorizeApprovesAtOnceAndEchoesTheState() {
        MallClient client = new MallClient(server, "oauth-state");
        Map<String, String> redirect = client.authorize("anti forgery/42");

        assertThat(redirect).containsEntry("state", "anti forgery/42").containsKey("code");
    }

    @Test
    void aCodeBuysTokensOnceWithTheDocumentedFields() {
        MallClient client = new MallClient(server, "oauth-code");
        String code = client.authorize("s").get("code");
        Map<String, String> form = Map.of("grant_type", "authorization_code", "code", code, "redirect_uri",
                MallClient.REDIRECT_URI);

        MallClient.Reply first = client.token(form, DemoMall.CLIENT_SECRET);
        MallClient.Reply second = client.token(form, DemoMall.CLIENT_SECRET);

        assertThat(first.status()).isEqualTo(200);
        JsonNode tokens = first.json();
        assertThat(tokens.fieldNames()).toIterable().containsExactlyInAnyOrder("access_token", "expires_at",
                "refresh_token", "refresh_token_expires_at", "client_id", "mall_id", "user_id", "scopes", "issued_at",
                "shop_no", "token_type");
        assertThat(tokens.get("expires_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
        assertThat(tokens.get("shop_no").isTextual()).isTrue();
        assertThat(tokens.get("mall_id").asText()).isEqualTo("oauth-code");
        assertThat(tokens.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.get("scopes")).hasSize(2);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().at("/error/more_info/error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aWrongSecretOrRedirectIsRefused() {
        MallClient client = new MallClient(server, "oauth-wrong");
        String code = client.authorize("s").get("code");

        MallClient.Reply wrongSecret = client.token(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", MallClient.REDIRECT_URI), "not-the-secret");
        String second = client.authorize("s").get("code");
        MallClient.Reply wrongRedirect = client.token(Map.of("grant_type", "authorization_code", "code", second,
                "redirect_uri", "http://elsewhere/cb"), DemoMall.CLIENT_SECRET);

        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.json().at("/error/message").asText()).contains("client");
        assertThat(wrongSecret.raw().body()).doesNotContain("not-the-secret");
        assertThat(wrongRedirect.status()).isEqualTo(400);
    }

    @Test
    void clientCredentialsAlsoWorkInTheFormBody() {
        MallClient client = new MallClient(server, "oauth-form");
        String code = client.authorize("s").get("code");

        MallClient.Reply reply = client.postForm("/api/v2/oauth/token", Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", MallClient.REDIRECT_URI, "client_id", DemoMall.CLIENT_ID,
                "client_secret", DemoMall.CLIENT_SECRET));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void refreshRotatesAndTheOldRefreshTokenDiesAtOnce() {
        MallClient client = new MallClient(server, "oauth-refresh");
        String oldRefresh = client.login().get("refresh_token").asText();

        MallClient.Reply refreshed = client.token(Map.of("grant_type", "refresh_token", "refresh_token", oldRefresh),
                DemoMall.CLIENT_SECRET);
        MallClient.Reply reused = client.token(Map.of("grant_type", "refresh_token", "refresh_token", oldRefresh),
                DemoMall.CLIENT_SECRET);
        client.useToken(refreshed.json().get("access_token").asText());

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("refresh_token").asText()).isNotEqualTo(oldRefresh);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(client.get("products").status()).isEqualTo(200);
    }

    @Test
    void expiredAndUnknownTokensGet401WithCafe24sWords() {
        MallClient client = new MallClient(server, "oauth-expiry");
        client.login();
        assertThat(client.get("products").status()).isEqualTo(200);

        server.mall("oauth-expiry").expireAccessTokens();
        MallClient.Reply expired = client.get("products");
        client.useToken("made-up");
        MallClient.Reply unknown = client.get("products");
        client.useToken(null);
        MallClient.Reply missing = client.get("products");

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().at("/error/message").asText()).isEqualTo("access_token time expired.");
        assertThat(unknown.json().at("/error/message").asText()).isEqualTo("Invalid access_token");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(expired.header("X-Api-Call-Limit")).isNotNull();
    }

    @Test
    void accessTokensRunOutAfterTheirLifetime() throws InterruptedException {
        try (DemoMallServer shortLived = DemoMallServer.start(DemoMallSettings.defaults()
                .withTokenLifetimes(Duration.ofMillis(300), Duration.ofDays(1)))) {
            MallClient client = new MallClient(shortLived, "demo");
            client.login();
            assertThat(client.get("products").status()).isEqualTo(200);

            Thread.sleep(400);

            assertThat(client.get("products").json().at("/error/message").asText())
                    .isEqualTo("access_token time expired.");
        }
    }

    @Test
    void revokingTheAccessTokenAlsoKillsItsRefreshToken() {
        MallClient client = new MallClient(server, "oauth-revoke");
        JsonNode tokens = client.login();

        MallClient.Reply revoked = client.postForm("/api/v2/oauth/revoke", Map.of("client_id", DemoMall.CLIENT_ID,
                "client_secret", DemoMall.CLIENT_SECRET, "token", tokens.get("access_token").asText(),
                "token_hint", "access_token"));
        MallClient.Reply refresh = client.token(Map.of("grant_type", "refresh_token", "refresh_token",
                tokens.get("refresh_token").asText()), DemoMall.CLIENT_SECRET);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(client.get("products").status()).isEqualTo(401);
        assertThat(refresh.status()).isEqualTo(400);
    }

    @Test
    void plainApiPathsGoToTheDemoMall() {
        MallClient client = new MallClient(server, "demo");
        client.login();
        String plainBase = "http://127.0.0.1:" + server.port();

        MallClient.Reply reply = client.send(client.admin("products").uri(java.net.URI.create(plainBase
                + "/api/v2/admin/products/count")).GET());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(server.mall("demo").requestCount()).isEqualTo(1);
    }
}
