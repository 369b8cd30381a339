package com.mallboard.bench;

import com.mallboard.app.AppContext;
import com.mallboard.app.SyncModule;
import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.sync.CancelSignal;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallSyncResult;
import com.mallboard.sync.Platform;
import com.mallboard.sync.SyncListener;
import com.mallboard.sync.cafe24.Cafe24Authorization;
import com.mallboard.sync.cafe24.Cafe24GatewayFactory;
import com.mallboard.sync.cafe24.demomall.DemoMall;
import com.mallboard.sync.cafe24.demomall.DemoMallServer;
import com.mallboard.sync.cafe24.demomall.DemoMallSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sync throughput against the demo mall with Cafe24's bucket rules on scaled time. A plain {@code main}:
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.SyncBenchmark -Dexec.classpathScope=test
 * </pre>
 * Arguments (optional): malls, products per mall, bucket size, drain per second. Defaults 3 × 2,000 with bucket 1,000
 * draining 50/s: Cafe24's 40 and 2/s scaled by 25, so the bucket still holds 20 seconds of calls. The catalogue is
 * first listed on a mall without limits (setup, not measured); the mall then restarts with the bucket, every product's
 * price changes, and one sync pushes the changes. Efficiency = ideal time at the rate limit / actual time, where the
 * ideal is (calls − bucket) / drain for each mall (malls drain in parallel, so the slowest mall counts). Then a sync
 * with nothing changed counts the calls it makes (goal: none for products; one order read per mall).
 */
public final class SyncBenchmark {
    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mallCount = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int bucket = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        double drain = args.length > 3 ? Double.parseDouble(args[3]) : 50;
        Path folder = Files.createTempDirectory("mallboard-sync-bench");
        Path state = folder.resolve("bench-mall.json");
        System.setProperty(SyncModule.DRAIN_PROPERTY, Double.toString(drain));
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (AppContext context = new AppContext(folder, Clock.systemUTC(), "bench")) {
            List<Mall> malls;
            try (DemoMallServer setup = DemoMallServer.start(DemoMallSettings.defaults()
                    .withBucket(1_000_000, 1_000_000).withStateFile(state))) {
                malls = addMalls(context, setup, mallCount);
                createAndList(context, malls, products);
                long start = System.nanoTime();
                context.sync().sync().syncAll(SyncListener.NONE, new CancelSignal());
                System.out.printf("setup: %d malls x %d products listed in %.1f s (unlimited bucket, not measured)%n",
                        mallCount, products, seconds(start));
            }
            try (DemoMallServer server = DemoMallServer.start(DemoMallSettings.defaults().withBucket(bucket, drain)
                    .withStateFile(state))) {
                malls = pointAt(context, server, malls);
                changeEveryPrice(context);
                measureChangedCatalogue(context, server, malls, bucket, drain);
                measureUnchangedCatalogue(context, server, malls);
            }
        }
    }

    private static List<Mall> addMalls(AppContext context, DemoMallServer server, int count) {
        List<Mall> malls = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = "bench" + i;
            Mall mall = context.sync().malls().add(new Mall(0, Platform.CAFE24, id, 1, "Bench " + i, "2025-12-01",
                    server.baseUrl(id), DemoMall.CLIENT_ID, true, false, 0), DemoMall.CLIENT_SECRET);
            try (Cafe24Authorization connect = new Cafe24Authorization(mall, context.sync().secrets(),
                    Cafe24GatewayFactory.defaultHttpClient())) {
                connect.connectWithoutBrowser();
            }
            malls.add(mall);
        }
        return malls;
    }

    private static void createAndList(AppContext context, List<Mall> malls, int count) {
        List<NewProduct> products = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            products.add(new NewProduct(TestStore.completeDetails(String.format("BENCH-%05d", i)).toBuilder()
                    .stock(50).build(), Set.of("bench"), Stage.SHIPMENT, false, Instant.now()));
        }
        context.productRepository().createAll(products, "bench");
        List<Long> ids = context.productRepository().findActive().stream().map(Product::id).toList();
        malls.forEach(mall -> context.sync().listings().listAll(ids, mall.id()));
    }

    private static List<Mall> pointAt(AppContext context, DemoMallServer server, List<Mall> malls) {
        List<Mall> moved = new ArrayList<>();
        for (Mall m : malls) {
            Mall now = new Mall(m.id(), m.platform(), m.mallId(), m.shopNo(), m.displayName(), m.apiVersion(),
                    server.baseUrl(m.mallId()), m.clientId(), true, false, 0);
            context.sync().malls().update(now, null);
            moved.add(now);
        }
        return moved;
    }

    private static void changeEveryPrice(AppContext context) {
        for (Product p : context.productRepository().findActive()) {
            context.products().update(p, p.details().toBuilder().priceWon(p.details().priceWon() + 100).build(),
                    p.tags());
        }
    }

    private static void measureChangedCatalogue(AppContext context, DemoMallServer server, List<Mall> malls,
            int bucket, double drain) {
        long start = System.nanoTime();
        List<MallSyncResult> results = context.sync().sync().syncAll(SyncListener.NONE, new CancelSignal());
        double actual = seconds(start);
        double ideal = 0;
        for (Mall mall : malls) {
            long calls = server.mall(mall.mallId()).requestCount();
            ideal = Math.max(ideal, Math.max(0, calls - bucket) / drain);
            System.out.printf("%s: %d calls, %d answered 429, sent %d, failed %d%n", mall.mallId(), calls,
                    server.mall(mall.mallId()).tooManyRequestsCount(), result(results, mall).drain().sent(),
                    result(results, mall).drain().failed());
        }
        System.out.printf("changed catalogue: %.1f s actual, %.1f s ideal at the rate limit, efficiency %.3f%n",
                actual, ideal, ideal / actual);
    }

    private static void measureUnchangedCatalogue(AppContext context, DemoMallServer server, List<Mall> malls) {
        malls.forEach(mall -> server.mall(mall.mallId()).resetCounters());
        context.sync().sync().syncAll(SyncListener.NONE, new CancelSignal());
        for (Mall mall : malls) {
            System.out.printf("unchanged catalogue, %s: %d calls in all (%d writes)%n", mall.mallId(),
                    server.mall(mall.mallId()).requestCount(), server.mall(mall.mallId()).writeCount());
        }
    }

    private static MallSyncResult result(List<MallSyncResult> results, Mall mall) {
        return results.stream().filter(r -> r.mall().id() == mall.id()).findFirst().orElseThrow();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
