package com.mallboard.sync.cafe24;

import com.mallboard.sync.Mall;
import com.mallboard.sync.MallSecrets;
import com.mallboard.sync.MemoryCredentialStore;
import com.mallboard.sync.Platform;
import com.mallboard.sync.TokenSet;
import java.time.Duration;
import java.time.Instant;

/** A connected Cafe24 mall pointed at a {@link FakeCafe24}, with fast retries and fake time. */
final class TestMall {
    static final Instant START = Instant.parse("2025-06-01T00:00:00Z");
    static final String ACCESS = "access-token-1";
    static final String REFRESH = "refresh-token-1";

    final FakeCafe24 server;
    final FakeTime time = new FakeTime(START);
    final MallSecrets secrets = new MallSecrets(new MemoryCredentialStore());
    final Mall mall;

    TestMall(FakeCafe24 server) {
        this.server = server;
        this.mall = new Mall(7, Platform.CAFE24, "testmall", 1, "Test mall", "2025-12-01", server.baseUrl(),
                "test-client", true, false, 0);
        secrets.saveClientSecret(mall, "test-secret");
        secrets.saveTokens(mall, new TokenSet(ACCESS, START.plus(Duration.ofHours(2)), REFRESH,
                START.plus(Duration.ofDays(14))));
    }

    static Cafe24Settings fastSettings() {
        return Cafe24Settings.defaults()
                .withRequestTimeout(Duration.ofMillis(500))
                .withRetry(new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(80)))
                .withMaxThrottledRetries(5);
    }

    Cafe24Gateway gateway() {
        return gateway(fastSettings());
    }

    Cafe24Gateway gateway(Cafe24Settings settings) {
        return new Cafe24GatewayFactory(secrets, Cafe24GatewayFactory.defaultHttpClient(), settings, time, time)
                .open(mall, settings);
    }
}
