package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.sync.CancelSignal;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallStatus;
import com.mallboard.sync.Platform;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.SyncListener;
import com.mallboard.sync.cafe24.Cafe24Authorization;
import com.mallboard.sync.cafe24.Cafe24GatewayFactory;
import com.mallboard.sync.cafe24.demomall.DemoMall;
import com.mallboard.sync.cafe24.demomall.DemoMallServer;
import com.mallboard.sync.cafe24.demomall.DemoMallSettings;
import com.mallboard.sync.cafe24.demomall.DemoMallState;
import com.mallboard.sync.cafe24.demomall.SimProduct;
import com.mallboard.sync.cafe24.demomall.SimShipment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync is killed with SIGKILL half-way, in a separate JVM running the real command line; after a restart the mall
 * must show exactly the master: every product once, with the master's price and stock, every tracking number once.
 */
class SyncCrashTest {
    private static final int PRODUCTS = 150;
    private static final int ORDERS = 30;
    private static final double DRAIN = 100;
    private static final String USER = "crash-test";

    @TempDir
    Path folder;
    private DemoMallServer server;
    private DemoMallState remote;
    private Mall mall;

    @BeforeEach
    void startMall() {
        server = DemoMallServer.start(DemoMallSettings.defaults().withBucket(40, DRAIN));
        remote = server.mall("crash");
    }

    @AfterEach
    void stopMall() {
        server.close();
    }

    @Test
    void aSyncKilledMidWayLeavesNoDuplicateAndLosesNoTrackingNumber() throws Exception {
        prepareProductsOrdersAndTrackingNumbers();
        long expectedWrites = PRODUCTS + ORDERS;

        Process first = startSync();
        waitUntil(() -> remote.writeCount() >= expectedWrites / 3, Duration.ofSeconds(90));
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        long writesBeforeKill = remote.writeCount();
        assertThat(writesBeforeKill).as("killed mid-way, not after it finished").isLessThan(expectedWrites);

        Process second = startSync();
        assertThat(second.waitFor(180, TimeUnit.SECONDS)).as("the restarted sync finishes").isTrue();
        assertThat(second.exitValue()).as(output(second)).isZero();

        assertMallEqualsMaster();
    }

    private void prepareProductsOrdersAndTrackingNumbers() throws Exception {
        try (AppContext context = new AppContext(folder, Clock.systemUTC(), USER)) {
            mall = context.sync().malls().add(new Mall(0, Platform.CAFE24, "crash", 1, "Crash mall", "2025-12-01",
                    server.baseUrl("crash"), DemoMall.CLIENT_ID, true, false, 0), DemoMall.CLIENT_SECRET);
            try (Cafe24Authorization connect = new Cafe24Authorization(mall, context.sync().secrets(),
                    Cafe24GatewayFactory.defaultHttpClient())) {
                connect.connectWithoutBrowser();
            }
            List<NewProduct> products = new ArrayList<>();
            for (int i = 0; i < PRODUCTS; i++) {
                products.add(new NewProduct(TestStore.completeDetails(sku(i)).toBuilder().priceWon(10_000L + i)
                        .stock(i % 7).build(), java.util.Set.of("crash"), Stage.SHIPMENT, false, Instant.now()));
            }
            context.productRepository().createAll(products, USER);
            for (int i = 0; i < ORDERS; i++) {
                remote.placeOrder(sku(i), 1);
            }
            // Order times are whole seconds and a pull reads up to the last whole second: let that second pass.
            Thread.sleep(1_100);
            // The first pull brings the orders home (and the couriers); nothing is queued yet.
            var pulled = context.sync().sync().syncMall(mall.id(), SyncListener.NONE, new CancelSignal());
            assertThat(pulled.problem()).isNull();
            assertThat(pulled.orders().added()).isEqualTo(ORDERS);
            String carrier = context.sync().malls().carriers(mall.id()).get(0).code();
            List<StoredOrder> orders = context.sync().orders().recent(ORDERS);
            assertThat(orders).hasSize(ORDERS);
            for (StoredOrder order : orders) {
                context.sync().orders().recordTracking(order, order.items().stream().map(i -> i.itemCode()).toList(),
                        "5100" + order.orderId().replace("-", ""), carrier);
            }
            context.sync().listings().listAll(context.productRepository().findActive().stream().map(Product::id)
                    .toList(), mall.id());
            assertThat(context.sync().sync().pendingJobs(mall.id())).isEqualTo(PRODUCTS + ORDERS);
        }
    }

    private Process startSync() throws Exception {
        ProcessBuilder builder = ChildMallboard.command(folder.resolve("cache"),
                List.of("-D" + SyncModule.DRAIN_PROPERTY + "=" + DRAIN), "sync", "--data-dir", folder.toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(folder.resolve("sync-" + System.nanoTime() + ".log").toFile());
        return builder.start();
    }

    private String output(Process process) throws Exception {
        try (var logs = Files.list(folder)) {
            return logs.filter(p -> p.getFileName().toString().startsWith("sync-")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    return e.toString();
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    private void assertMallEqualsMaster() {
        try (AppContext context = new AppContext(folder, Clock.systemUTC(), USER)) {
            Map<String, Product> master = context.productRepository().findActive().stream()
                    .collect(Collectors.toMap(Product::sku, Function.identity()));
            List<SimProduct> products = remote.products();
            assertThat(products).as("no duplicates").hasSize(PRODUCTS);
            assertThat(products.stream().map(SimProduct::customProductCode).distinct()).hasSize(PRODUCTS);
            for (SimProduct sent : products) {
                Product ours = master.get(sent.customProductCode());
                assertThat(sent.price()).isEqualTo(ours.details().priceWon());
                assertThat(sent.stock()).as("stock of " + ours.sku()).isEqualTo(ours.details().stock());
            }
            List<SimShipment> shipments = remote.shipments();
            assertThat(shipments).as("every tracking number once").hasSize(ORDERS);
            assertThat(shipments.stream().map(SimShipment::trackingNo).distinct()).hasSize(ORDERS);
            MallStatus status = context.sync().malls().statuses().get(0);
            assertThat(status.pendingJobs()).isZero();
            assertThat(status.failedJobs()).isZero();
        }
    }

    private static String sku(int i) {
        return String.format("CR-%04d", i);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
