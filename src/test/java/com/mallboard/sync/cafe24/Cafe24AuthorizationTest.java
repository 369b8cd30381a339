package com.mallboard.sync.cafe24;

import static com.mallboard.sync.cafe24.FakeCafe24.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.sync.TokenSet;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Cafe24AuthorizationTest extends FakeCafe24Test {
    private final HttpClient http = Cafe24GatewayFactory.defaultHttpClient();
    private final Cafe24Authorization authorization;

    Cafe24AuthorizationTest() throws Exception {
        mall.secrets.forgetTokens(mall.mall);
        server.on("POST", "/oauth/token", ok(Cafe24Samples.tokenAnswer("access-new", "refresh-new")));
        authorization = new Cafe24Authorization(mall.mall, mall.secrets, http);
    }

    @AfterEach
    void stop() {
        authorization.close();
    }

    @Test
    void theAuthorizePageAsksForOurScopesWithAnUnguessableStateAndTheLoopbackRedirect() {
        URI authorize = authorization.start();

        Map<String, String> query = LoopbackRedirectListener.parameters(authorize.getRawQuery());
        assertThat(authorize.toString()).startsWith(server.baseUrl() + "/api/v2/oauth/authorize?");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "test-client")
                .containsEntry("scope", Cafe24Authorization.SCOPES)
                .containsEntry("redirect_uri", authorization.redirectUri().toString());
        assertThat(query.get("state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(authorization.redirectUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/callback");
        String otherState = LoopbackRedirectListener.parameters(new Cafe24Authorization(mall.mall, mall.secrets, http)
                .start().getRawQuery()).get("state");
        assertThat(otherState).isNotEqualTo(query.get("state"));
    }

    @Test
    void theBrowsersRedirectIsExchangedForTokensThatAreSaved() throws Exception {
        String state = stateOf(authorization.start());

        HttpResponse<String> page = callback("code=abc123&state=" + state);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("연결되었습니다").contains("You can close this window");
        TokenSet tokens = authorization.awaitConnected(Duration.ofSeconds(1));
        assertThat(tokens.accessToken()).isEqualTo("access-new");
        assertThat(mall.secrets.tokens(mall.mall)).contains(tokens);
        assertThat(server.requests("POST", "/oauth/token").get(0).body()).isEqualTo(
                "grant_type=authorization_code&code=abc123&redirect_uri="
                        + URLEncoder.encode(authorization.redirectUri().toString(), StandardCharsets.UTF_8));
    }

    @Test
    void aRedirectWithAnotherStateIsRefusedWithoutExchangingTheCode() throws Exception {
        authorization.start();

        HttpResponse<String> page = callback("code=abc123&state=forged");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("연결하지 못했습니다").contains("Could not connect");
        assertThat(server.requests("POST", "/oauth/token")).isEmpty();
        assertThat(mall.secrets.tokens(mall.mall)).isEmpty();
    }

    @Test
    void aRedirectWithoutACodeIsAnError() throws Exception {
        String state = stateOf(authorization.start());

        HttpResponse<String> page = callback("state=" + state);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("no authorization code");
        assertThat(server.requests("POST", "/oauth/token")).isEmpty();
    }

    @Test
    void aRefusalAtTheMallEndsTheAttemptWithTheMallsReason() throws Exception {
        String state = stateOf(authorization.start());

        HttpResponse<String> page = callback("state=" + state + "&error=access_denied");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThatThrownBy(() -> authorization.awaitConnected(Duration.ofSeconds(1)))
                .isInstanceOf(AuthorizationFailedException.class).hasMessageContaining("access_denied");
        assertThat(server.requests("POST", "/oauth/token")).isEmpty();
    }

    @Test
    void aPastedAddressCompletesTheConnection() {
        String state = stateOf(authorization.start());

        TokenSet tokens = authorization.completeFromPastedUrl("  " + authorization.redirectUri()
                + "?code=pasted&state=" + state + "\n");

        assertThat(tokens.refreshToken()).isEqualTo("refresh-new");
        assertThat(server.requests("POST", "/oauth/token").get(0).body()).contains("code=pasted");
    }

    @Test
    void pastedAddressesThatCannotBeOursAreExplained() {
        String state = stateOf(authorization.start());

        assertThatThrownBy(() -> authorization.completeFromPastedUrl("http://127.0.0.1:1/callback?state=" + state))
                .isInstanceOf(AuthorizationFailedException.class).hasMessageContaining("no authorization code");
        assertThatThrownBy(() -> authorization.completeFromPastedUrl("http://127.0.0.1:1/callback?code=x&state=old"))
                .isInstanceOf(AuthorizationFailedException.class).hasMessageContaining("does not belong");
        assertThatThrownBy(() -> authorization.completeFromPastedUrl("this is %% not a web address"))
                .isInstanceOf(AuthorizationFailedException.class).hasMessageContaining("not a web address");
        assertThatThrownBy(() -> authorization.completeFromPastedUrl(""))
                .isInstanceOf(AuthorizationFailedException.class);
        assertThat(server.requests("POST", "/oauth/token")).isEmpty();
    }

    @Test
    void aMallThatApprovesByItselfIsConnectedWithoutABrowser() {
        server.on("GET", "/oauth/authorize", (exchange, request) -> {
            Map<String, String> query = LoopbackRedirectListener.parameters(request.query());
            exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=auto&state="
                    + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(302, -1);
        });

        TokenSet tokens = authorization.connectWithoutBrowser();

        assertThat(tokens.accessToken()).isEqualTo("access-new");
        assertThat(server.requests("POST", "/oauth/token").get(0).body()).contains("code=auto");
    }

    @Test
    void aMallThatWantsAPersonCannotBeConnectedWithoutABrowser() {
        server.on("GET", "/oauth/authorize", FakeCafe24.json(200, "{}"));

        assertThatThrownBy(authorization::connectWithoutBrowser).isInstanceOf(AuthorizationFailedException.class)
                .hasMessageContaining("browser");
    }

    private static String stateOf(URI authorize) {
        return LoopbackRedirectListener.parameters(authorize.getRawQuery()).get("state");
    }

    private HttpResponse<String> callback(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(authorization.redirectUri() + "?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
