package com.mallboard.sync.cafe24;

import static com.mallboard.sync.cafe24.FakeCafe24.json;
import static com.mallboard.sync.cafe24.FakeCafe24.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mallboard.sync.MallAuthorizationException;
import com.mallboard.sync.TokenSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class Cafe24TokenTest extends FakeCafe24Test {
    private static final String PRODUCT = Cafe24Samples.productAnswer(5, "SKU-001");
    private static final String EXPIRED = Cafe24Samples.error(401, "access_token time expired.");

    @Test
    void aRejectedTokenIsRefreshedOnceAndTheRotatedRefreshTokenIsSavedBeforeTheRetry() {
        AtomicReference<String> refreshStoredAtRetry = new AtomicReference<>();
        server.on("GET", "/admin/products/5", json(401, EXPIRED), (exchange, request) -> {
            refreshStoredAtRetry.set(mall.secrets.tokens(mall.mall).orElseThrow().refreshToken());
            FakeCafe24.send(exchange, 200, PRODUCT);
        }).on("POST", "/oauth/token", ok(Cafe24Samples.tokenAnswer("access-2", "refresh-2")));

        assertThat(mall.gateway().fetchProduct(5)).isPresent();

        FakeCafe24.Request refresh = server.requests("POST", "/oauth/token").get(0);
        assertThat(refresh.body()).isEqualTo("grant_type=refresh_token&refresh_token=" + TestMall.REFRESH);
        assertThat(refresh.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(refresh.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("test-client:test-secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(server.requests("GET", "/admin/products/5").get(1).authorization()).isEqualTo("Bearer access-2");
        assertThat(refreshStoredAtRetry.get()).isEqualTo("refresh-2");
    }

    @Test
    void tokenTimesWithoutAnOffsetAreKoreanTime() {
        server.on("GET", "/admin/products/5", json(401, EXPIRED), ok(PRODUCT))
                .on("POST", "/oauth/token", ok(Cafe24Samples.tokenAnswer("access-2", "refresh-2")));

        mall.gateway().fetchProduct(5);

        TokenSet saved = mall.secrets.tokens(mall.mall).orElseThrow();
        assertThat(saved.accessExpiresAt()).isEqualTo(Instant.parse("2025-06-01T02:00:00Z"));
        assertThat(saved.refreshExpiresAt()).isEqualTo(Instant.parse("2025-06-15T00:00:00Z"));
    }

    @Test
    void aTokenAboutToExpireIsRefreshedBeforeTheCall() {
        server.on("GET", "/admin/products/5", ok(PRODUCT))
                .on("POST", "/oauth/token", ok(Cafe24Samples.tokenAnswer("access-2", "refresh-2")));
        mall.time.advance(Duration.ofMinutes(117));

        mall.gateway().fetchProduct(5);

        assertThat(server.requests()).extracting(FakeCafe24.Request::path)
                .containsExactly("/oauth/token", "/admin/products/5");
        assertThat(server.requests().get(1).authorization()).isEqualTo("Bearer access-2");
    }

    @Test
    void aTokenEndpointHiccupBeforeExpiryKeepsUsingTheStillValidToken() {
        server.on("GET", "/admin/products/5", ok(PRODUCT))
                .on("POST", "/oauth/token", json(503, "{}"));
        mall.time.advance(Duration.ofMinutes(117));

        assertThat(mall.gateway().fetchProduct(5)).isPresent();

        assertThat(server.requests("GET", "/admin/products/5").get(0).authorization())
                .isEqualTo("Bearer " + TestMall.ACCESS);
        assertThat(mall.secrets.tokens(mall.mall).orElseThrow().refreshToken()).isEqualTo(TestMall.REFRESH);
    }

    @Test
    void aRefusedRefreshMeansTheMallMustBeConnectedAgain() {
        server.on("GET", "/admin/products/5", json(401, EXPIRED))
                .on("POST", "/oauth/token", json(400, "{\"error\":\"invalid_grant\","
                        + "\"error_description\":\"Validation error: refresh_token\"}"));

        MallAuthorizationException failure = catchThrowableOfType(MallAuthorizationException.class,
                () -> mall.gateway().fetchProduct(5));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("connect the mall again")
                .doesNotContain(TestMall.ACCESS).doesNotContain(TestMall.REFRESH);
    }

    @Test
    void aSecond401AfterARefreshGivesUp() {
        server.on("GET", "/admin/products/5", json(401, EXPIRED))
                .on("POST", "/oauth/token", ok(Cafe24Samples.tokenAnswer("access-2", "refresh-2")));

        catchThrowableOfType(MallAuthorizationException.class, () -> mall.gateway().fetchProduct(5));

        assertThat(server.requests("POST", "/oauth/token")).hasSize(1);
        assertThat(server.requests("GET", "/admin/products/5")).hasSize(2);
    }

    @Test
    void aMallWithoutTokensIsNotCalledAtAll() {
        mall.secrets.forgetTokens(mall.mall);

        catchThrowableOfType(MallAuthorizationException.class, () -> mall.gateway().fetchProduct(5));

        assertThat(server.requests()).isEmpty();
    }
}
