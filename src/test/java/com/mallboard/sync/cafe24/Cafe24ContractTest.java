package com.mallboard.sync.cafe24;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.sync.Carrier;
import com.mallboard.sync.ListingContent;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallSecrets;
import com.mallboard.sync.MemoryCredentialStore;
import com.mallboard.sync.Platform;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteProduct;
import com.mallboard.sync.RemoteShipment;
import com.mallboard.sync.ShipmentRequest;
import com.mallboard.sync.TokenSet;
import com.mallboard.sync.cafe24.demomall.DemoMall;
import com.mallboard.sync.cafe24.demomall.DemoMallServer;
import com.mallboard.sync.cafe24.demomall.DemoMallSettings;
import com.mallboard.sync.cafe24.demomall.DemoMallState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Cafe24 adapter against the real demo mall server, in real time: connect by OAuth without a browser, then
 * every operation, then every fault switch. Nothing may be lost and nothing duplicated.
 */
class Cafe24ContractTest {
    private static final AtomicInteger MALL_IDS = new AtomicInteger();
    private static DemoMallServer server;

    @BeforeAll
    static void startMall() {
        // Without TCP_NODELAY the JDK server's small writes meet delayed ACKs: ~40 ms a call, which hides pacing.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = DemoMallServer.start(DemoMallSettings.defaults().withBucket(40, 40.0));
    }

    @AfterAll
    static void stopMall() {
        server.close();
    }

    /** A fresh mall at the demo server, connected through the browserless OAuth flow. */
    private static final class Connected {
        final String mallId = "contract" + MALL_IDS.incrementAndGet();
        final Mall mall = new Mall(MALL_IDS.get(), Platform.CAFE24, mallId, 1, "Contract " + mallId, "2025-12-01",
                server.baseUrl(mallId), DemoMall.CLIENT_ID, true, true, 0);
        final MallSecrets secrets = new MallSecrets(new MemoryCredentialStore());
        final DemoMallState state = server.mall(mallId);
        final Cafe24Gateway gateway;

        Connected() {
            secrets.saveClientSecret(mall, DemoMall.CLIENT_SECRET);
            try (Cafe24Authorization authorization = new Cafe24Authorization(mall, secrets,
                    Cafe24GatewayFactory.defaultHttpClient())) {
                authorization.connectWithoutBrowser();
            }
            Cafe24Settings settings = Cafe24Settings.defaults().withDrainPerSecond(40.0)
                    .withRequestTimeout(Duration.ofMillis(800))
                    .withRetry(new RetryPolicy(5, Duration.ofMillis(50), Duration.ofMillis(400)));
            gateway = new Cafe24GatewayFactory(secrets, Cafe24GatewayFactory.defaultHttpClient(), settings,
                    Clock.systemUTC(), Sleeper.real()).open(mall, settings);
        }
    }

    private static ListingContent listing(String sku, long price, int stock) {
        return new ListingContent(sku, "진정 토너 " + sku, price, 4000L, true, true, "민감 피부용 토너", stock,
                List.of("토너"), java.util.List.of());
    }

    @Test
    void aProductIsCreatedFoundUpdatedAndStockedAtTheMall() {
        Connected c = new Connected();
        assertThat(c.secrets.tokens(c.mall)).isPresent();

        RemoteProduct created = c.gateway.createProduct(listing("CT-1", 12000, 7));
        RemoteProduct found = c.gateway.findProductByCode("CT-1").orElseThrow();
        RemoteProduct updated = c.gateway.updateProduct(created.productNo(), listing("CT-1", 13500, 7));
        c.gateway.updateStock(found, 0);

        assertThat(found.productNo()).isEqualTo(created.productNo());
        assertThat(found.priceWon()).isEqualTo(12000);
        assertThat(found.totalStock()).isEqualTo(7);
        assertThat(updated.priceWon()).isEqualTo(13500);
        RemoteProduct fetched = c.gateway.fetchProduct(created.productNo()).orElseThrow();
        assertThat(fetched.soldOut()).isTrue();
        assertThat(fetched.totalStock()).isZero();
        assertThat(c.state.productByCode("CT-1").orElseThrow().price()).isEqualTo(13500);
        assertThat(c.gateway.findProductByCode("NOT-THERE")).isEmpty();
        assertThat(c.gateway.fetchProduct(999_999)).isEmpty();
    }

    @Test
    void ordersAreReadInFullAndShipmentsRegistered() {
        Connected c = new Connected();
        c.gateway.createProduct(listing("CT-2", 9000, 500));
        String placed = c.state.placeOrder("CT-2", 2);
        c.state.generateOrders(1200);

        Instant now = Instant.now();
        List<RemoteOrder> orders = c.gateway.ordersBetween(now.minus(Duration.ofDays(130)),
                now.plus(Duration.ofMinutes(1)));

        assertThat(orders).hasSize(1201).extracting(RemoteOrder::orderId).doesNotHaveDuplicates().contains(placed);
        RemoteOrder order = orders.stream().filter(o -> o.orderId().equals(placed)).findFirst().orElseThrow();
        assertThat(order.items()).singleElement().satisfies(i -> {
            assertThat(i.customProductCode()).isEqualTo("CT-2");
            assertThat(i.quantity()).isEqualTo(2);
        });
        List<Carrier> carriers = c.gateway.carriers();
        assertThat(carriers).isNotEmpty();

        RemoteShipment shipment = c.gateway.createShipment(new ShipmentRequest(placed,
                List.of(order.items().get(0).orderItemCode()), "600000000001", carriers.get(0).code()));

        assertThat(c.gateway.shipments(placed)).extracting(RemoteShipment::shippingCode)
                .containsExactly(shipment.shippingCode());
        assertThat(c.state.shipments()).hasSize(1);
    }

    @Test
    void aBurstOfCallsIsPacedWithoutBeingRefused() {
        Connected c = new Connected();
        c.gateway.createProduct(listing("CT-3", 1000, 1));
        c.state.resetCounters();

        long start = System.nanoTime();
        for (int i = 0; i < 120; i++) {
            c.gateway.findProductByCode("CT-3");
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(c.state.tooManyRequestsCount()).isZero();
        assertThat(seconds).as("120 calls, 40 in the bucket, 40/s drain: about 2 s at best").isBetween(1.9, 8.0);
    }

    @Test
    void throttlingServerErrorsAndAnExpiredTokenAreRiddenOut() {
        Connected c = new Connected();
        TokenSet before = c.secrets.tokens(c.mall).orElseThrow();
        RemoteProduct product = c.gateway.createProduct(listing("CT-4", 5000, 3));

        c.state.faults().tooManyRequests(3);
        assertThat(c.gateway.fetchProduct(product.productNo())).isPresent();
        c.state.faults().usageExhausted(1, 1);
        assertThat(c.gateway.fetchProduct(product.productNo())).isPresent();
        c.state.faults().serverErrors(2, 503);
        c.gateway.updateStock(product, 9);
        c.state.faults().dropConnections(1);
        assertThat(c.gateway.carriers()).isNotEmpty();
        c.state.faults().malformedJson(1);
        assertThat(c.gateway.findProductByCode("CT-4")).isPresent();
        c.state.faults().slowResponses(1, Duration.ofMillis(1200));
        assertThat(c.gateway.shipments(c.state.placeOrder("CT-4", 1))).isEmpty();
        c.state.expireAccessTokens();
        assertThat(c.gateway.fetchProduct(product.productNo())).isPresent();

        assertThat(c.state.productByCode("CT-4").orElseThrow().stock()).isEqualTo(8);
        TokenSet after = c.secrets.tokens(c.mall).orElseThrow();
        assertThat(after.refreshToken()).isNotEqualTo(before.refreshToken());
    }

    @Test
    void createsWhoseOutcomeWasUnknownAreNeverDuplicated() {
        Connected c = new Connected();
        c.state.faults().slowResponses(1, Duration.ofMillis(1200));
        c.gateway.createProduct(listing("CT-5", 5000, 3));
        c.state.faults().malformedJson(1);
        c.gateway.createProduct(listing("CT-6", 5000, 3));
        c.state.faults().dropConnections(1);
        c.gateway.createProduct(listing("CT-7", 5000, 3));
        c.state.faults().serverErrors(1, 500);
        c.gateway.createProduct(listing("CT-8", 5000, 3));

        c.gateway.createProduct(listing("CT-SHIP", 5000, 100));
        String carrier = c.gateway.carriers().get(0).code();
        shipWithFault(c, carrier, "700000000001", () -> c.state.faults().malformedJson(1));
        shipWithFault(c, carrier, "700000000002", () -> c.state.faults().slowResponses(1, Duration.ofMillis(1200)));
        shipWithFault(c, carrier, "700000000003", () -> c.state.faults().dropConnections(1));
        shipWithFault(c, carrier, "700000000004", () -> c.state.faults().serverErrors(1, 503));

        assertThat(c.state.products()).extracting(p -> p.customProductCode())
                .containsExactlyInAnyOrder("CT-5", "CT-6", "CT-7", "CT-8", "CT-SHIP");
        assertThat(c.state.products()).filteredOn(p -> !p.customProductCode().equals("CT-SHIP"))
                .allSatisfy(p -> assertThat(p.stock()).isEqualTo(3));
        assertThat(c.state.shipments()).extracting(s -> s.trackingNo())
                .containsExactlyInAnyOrder("700000000001", "700000000002", "700000000003", "700000000004");
    }

    /** Ships a fresh order with one fault switched on for the create call. */
    private static void shipWithFault(Connected c, String carrier, String trackingNo, Runnable fault) {
        String orderId = c.state.placeOrder("CT-SHIP", 1);
        String item = c.gateway.ordersBetween(Instant.now().minus(Duration.ofHours(1)), Instant.now().plusSeconds(60))
                .stream().filter(o -> o.orderId().equals(orderId)).findFirst().orElseThrow()
                .items().get(0).orderItemCode();
        fault.run();
        RemoteShipment shipment = c.gateway.createShipment(new ShipmentRequest(orderId, List.of(item), trackingNo,
                carrier));
        assertThat(shipment.trackingNo()).isEqualTo(trackingNo);
    }
}
