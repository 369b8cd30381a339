package com.mallboard.sync.cafe24;

import com.mallboard.sync.Mall;
import com.mallboard.sync.MallGateway;
import com.mallboard.sync.MallGatewayFactory;
import com.mallboard.sync.MallSecrets;
import com.mallboard.sync.Platform;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Opens {@link Cafe24Gateway}s. Gateways of the same mall share one {@link RatePacer}, because Cafe24 keeps one
 * leaky bucket per mall however many of our workers call it.
 */
public final class Cafe24GatewayFactory implements MallGatewayFactory {
    private final MallSecrets secrets;
    private final Supplier<HttpClient> http;
    private final Cafe24Settings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, RatePacer> pacers = new ConcurrentHashMap<>();

    public Cafe24GatewayFactory(MallSecrets secrets, HttpClient http, Cafe24Settings settings, Clock clock,
            Sleeper sleeper) {
        this(secrets, () -> http, settings, clock, sleeper);
    }

    /**
     * @param http gives the client when the first gateway opens: making one sets up TLS, a tenth of a second the app's
     *             start need not spend before anyone syncs
     */
    public Cafe24GatewayFactory(MallSecrets secrets, Supplier<HttpClient> http, Cafe24Settings settings, Clock clock,
            Sleeper sleeper) {
        this.secrets = secrets;
        this.http = http;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Real time, real waits, Cafe24's own limits. */
    public Cafe24GatewayFactory(MallSecrets secrets) {
        this(secrets, defaultHttpClient(), Cafe24Settings.defaults(), Clock.systemUTC(), Sleeper.real());
    }

    /** {@link #defaultHttpClient()}, made on first use and then shared. */
    public static Supplier<HttpClient> defaultHttpClientOnFirstUse() {
        return new Supplier<>() {
            private HttpClient client;

            @Override
            public synchronized HttpClient get() {
                if (client == null) {
                    client = defaultHttpClient();
                }
                return client;
            }
        };
    }

    /** Redirects are not followed: the OAuth flow reads the {@code Location} itself. */
    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public MallGateway open(Mall mall) {
        return open(mall, settings);
    }

    /** A gateway with its own settings, e.g. the scaled drain rate of a benchmark's demo mall. */
    public Cafe24Gateway open(Mall mall, Cafe24Settings gatewaySettings) {
        if (mall.platform() != Platform.CAFE24) {
            throw new IllegalArgumentException("not a Cafe24 mall: " + mall.platform());
        }
        URI base = apiBase(mall);
        RatePacer pacer = pacers.computeIfAbsent(base + "|" + gatewaySettings.drainPerSecond(),
                key -> new RatePacer(gatewaySettings.drainPerSecond(), clock, sleeper));
        Cafe24TokenEndpoint tokenEndpoint = new Cafe24TokenEndpoint(base, http.get(), mall.clientId(),
                gatewaySettings.requestTimeout());
        AccessTokens tokens = new AccessTokens(mall, secrets, tokenEndpoint, clock, gatewaySettings.refreshAhead());
        Cafe24Client client = new Cafe24Client(
                new Cafe24Client.ClientParts(base, http.get(), gatewaySettings, pacer, tokens, sleeper), mall.apiVersion());
        return new Cafe24Gateway(mall, client);
    }

    /** {@code https://{mallId}.cafe24api.com}, or the mall's override (a proxy, the demo mall), without a trailing /. */
    static URI apiBase(Mall mall) {
        String base = mall.baseUrlOverride() != null ? mall.baseUrlOverride()
                : "https://" + mall.mallId() + ".cafe24api.com";
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base);
    }
}
