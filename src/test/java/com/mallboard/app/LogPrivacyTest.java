package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.app.logging.LogFile;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.TokenSet;
import com.mallboard.sync.cafe24.Cafe24Authorization;
import com.mallboard.sync.cafe24.Cafe24GatewayFactory;
import com.mallboard.sync.cafe24.demomall.DemoMall;
import com.mallboard.sync.cafe24.demomall.DemoMallServer;
import com.mallboard.sync.cafe24.demomall.DemoMallSettings;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log file after real work with personal data and secrets: connecting a mall (OAuth code, tokens), pulling
 * orders with receivers, and a mall whose error answers echo a token, a phone number and an e-mail address.
 */
class LogPrivacyTest {
    private static final String ECHOED_TOKEN = "tok-LEAKED-42";
    private static final String ECHOED_PHONE = "010-9876-5432";
    private static final String ECHOED_EMAIL = "buyer.lee@example.com";
    @TempDir
    Path folder;
    private DemoMallServer demo;
    private HttpServer failing;
    private final AtomicInteger failingCalls = new AtomicInteger();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startMalls() throws IOException {
        demo = DemoMallServer.start(DemoMallSettings.defaults().withBucket(40, 100));
        failing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        failing.createContext("/", exchange -> {
            // One server error first (a retry, logged), then a refusal whose body echoes what must not be logged.
            boolean first = failingCalls.getAndIncrement() == 0;
            String body = first ? "{\"error\":{\"code\":503,\"message\":\"busy " + ECHOED_PHONE + "\"}}"
                    : "{\"error\":{\"code\":\"invalid_receiver\",\"message\":\"receiver " + ECHOED_PHONE + " / "
                    + ECHOED_EMAIL + " rejected; access_token=" + ECHOED_TOKEN + "\"}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(first ? 503 : 400, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        failing.start();
    }

    @AfterEach
    void stopMalls() {
        demo.close();
        failing.stop(0);
    }

    @Test
    void syncingOrdersAndAFailingMallLeavesNoPersonalDataOrSecretInTheLogFile() throws InterruptedException {
        List<String> secrets = new ArrayList<>(List.of(ECHOED_TOKEN, ECHOED_PHONE, ECHOED_EMAIL,
                DemoMall.CLIENT_SECRET, "bad-mall-secret", "bad-mall-access", "bad-mall-refresh"));
        try (LogFile log = LogFile.start(folder)) {
            try (AppContext context = new AppContext(folder, Clock.systemUTC(), "cli")) {
                Mall glow = context.sync().malls().add(new Mall(0, Platform.CAFE24, "glowmall", 1, "glowmall",
                        "2025-12-01", demo.baseUrl("glowmall"), DemoMall.CLIENT_ID, true, false, 0), DemoMall.CLIENT_SECRET);
                try (Cafe24Authorization authorization = new Cafe24Authorization(glow, context.sync().secrets(),
                        Cafe24GatewayFactory.defaultHttpClient())) {
                    authorization.connectWithoutBrowser();
                }
                Mall bad = context.sync().malls().add(new Mall(0, Platform.CAFE24, "badmall", 1, "badmall",
                        "2025-12-01", "http://127.0.0.1:" + failing.getAddress().getPort(), "bad-client", true, false, 0),
                        "bad-mall-secret");
                context.sync().secrets().saveTokens(bad, new TokenSet("bad-mall-access",
                        Instant.now().plus(Duration.ofHours(2)), "bad-mall-refresh", Instant.now().plus(Duration.ofDays(14))));
                TokenSet glowTokens = context.sync().secrets().tokens(glow).orElseThrow();
                secrets.add(glowTokens.accessToken());
                secrets.add(glowTokens.refreshToken());
            }
            for (int i = 1; i <= 5; i++) {
                demo.mall("glowmall").placeOrder("LOG-00" + i, i);
            }
            // Cafe24's end_date counts whole seconds: an order from this very second waits for the next pull.
            Thread.sleep(1_100);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"sync", "--data-dir",
                        folder.toString()});

            assertThat(exit).isEqualTo(CommandLine.FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8)).as("the person running it still sees the mall's words")
                    .contains("invalid_receiver");
            List<String> personal = receiversOfPulledOrders(out.toString(StandardCharsets.UTF_8)
                    + err.toString(StandardCharsets.UTF_8) + log.text());
            assertThat(personal).isNotEmpty();
            String text = log.text();
            assertThat(text).contains("Sync of mall glowmall: sent 0, failed 0, orders new 5",
                    "Sync of mall badmall failed: HTTP 400, code invalid_receiver", "retry 1 in");
            assertThat(text).doesNotContain(secrets.toArray(String[]::new));
            assertThat(text).doesNotContain(personal.toArray(String[]::new));
        }
    }

    private List<String> receiversOfPulledOrders(String errors) {
        try (AppContext context = new AppContext(folder, Clock.systemUTC(), "cli")) {
            List<StoredOrder> orders = context.sync().orders().recent(50);
            assertThat(orders).as(errors).hasSize(5);
            return orders.stream().map(StoredOrder::receiver).flatMap(LogPrivacyTest::values).toList();
        }
    }

    private static Stream<String> values(Receiver r) {
        return Stream.of(r.name(), r.phone(), r.cellphone(), r.address1(), r.address2(), r.shippingMessage())
                .filter(v -> v != null && v.length() >= 3);
    }
}
