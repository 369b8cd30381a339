package com.mallboard.app;

import com.mallboard.demo.DemoCatalogue;
import com.mallboard.product.Product;
import com.mallboard.sync.Listing;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import com.mallboard.sync.cafe24.Cafe24Authorization;
import com.mallboard.sync.cafe24.Cafe24GatewayFactory;
import com.mallboard.sync.cafe24.demomall.DemoMall;
import com.mallboard.sync.cafe24.demomall.DemoMallServer;
import com.mallboard.sync.cafe24.demomall.DemoMallSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The built-in demo mall: a Cafe24-compatible mall served inside the app on a loopback port, so a new user sees
 * products go out and orders come back with no account. On the first run it is added and connected (it approves the
 * OAuth request by itself, so no browser is needed); its products and orders are kept in {@code demo-mall.json} in the
 * data folder. A user who removes it does not get it back.
 */
public final class DemoMallRuntime implements AutoCloseable {
    static final String MALL_ID = "demo";
    static final String STATE_FILE = "demo-mall.json";
    private static final String ADDED_SETTING = "demo.mall.added";
    /** Faster than a real Cafe24 mall (2 a second) so the demo's first push takes seconds, not minutes. */
    static final double DRAIN_PER_SECOND = 10;
    private static final Duration ORDER_INTERVAL = Duration.ofSeconds(45);

    private final DemoMallServer server;
    private final boolean freshState;

    private DemoMallRuntime(DemoMallServer server, boolean freshState) {
        this.server = server;
        this.freshState = freshState;
    }

    public static DemoMallRuntime start(Path dataFolder) {
        Path state = dataFolder.resolve(STATE_FILE);
        boolean fresh = !Files.exists(state);
        DemoMallServer server = DemoMallServer.start(DemoMallSettings.defaults().withBucket(40, DRAIN_PER_SECOND)
                .withOrderInterval(ORDER_INTERVAL).withStateFile(state));
        return new DemoMallRuntime(server, fresh);
    }

    public String baseUrl() {
        return server.baseUrl(MALL_ID);
    }

    /**
     * Adds the demo mall on the first run, points it at this run's port, connects it when it has no tokens, and lists
     * every demo product on it. Returns the demo mall, or empty when the user removed or disabled it.
     */
    public Optional<Mall> prepare(AppContext context) {
        SyncModule sync = context.sync();
        Optional<Mall> existing = sync.malls().all().stream().filter(Mall::demo).findFirst();
        if (existing.isEmpty() && context.settings().get(ADDED_SETTING).isPresent()) {
            return Optional.empty();
        }
        Mall mall = existing.map(m -> withThisPort(m, sync)).orElseGet(() -> add(context));
        if (!mall.enabled()) {
            return Optional.empty();
        }
        if (freshState || sync.secrets().tokens(mall).isEmpty()) {
            connect(mall, sync);
        }
        if (freshState) {
            // A new demo mall has none of the products earlier runs listed: send them again.
            listedProducts(context, mall).forEach(listing -> sync.listings().overwriteMall(listing.id()));
        }
        listDemoProducts(context, mall);
        return Optional.of(mall);
    }

    /** Lists every demo product not yet on the demo mall (after the demo catalogue was installed), but its past. */
    public static void listDemoProducts(AppContext context, Mall mall) {
        List<Long> demoProducts = context.productRepository().findActive().stream()
                .filter(product -> product.demo() && !DemoCatalogue.isPastProduct(product))
                .map(Product::id).toList();
        context.sync().listings().listAll(demoProducts, mall.id());
    }

    private Mall add(AppContext context) {
        Mall mall = context.sync().malls().add(new Mall(0, Platform.CAFE24, MALL_ID, 1, "Demo mall · 데모몰",
                "2025-12-01", baseUrl(), DemoMall.CLIENT_ID, true, true, 0), DemoMall.CLIENT_SECRET);
        context.settings().put(ADDED_SETTING, "true");
        return mall;
    }

    private Mall withThisPort(Mall mall, SyncModule sync) {
        Mall moved = new Mall(mall.id(), mall.platform(), mall.mallId(), mall.shopNo(), mall.displayName(),
                mall.apiVersion(), baseUrl(), mall.clientId(), mall.enabled(), true, 0);
        sync.malls().update(moved, null);
        return moved;
    }

    private static void connect(Mall mall, SyncModule sync) {
        if (sync.secrets().clientSecret(mall).isEmpty()) {
            sync.secrets().saveClientSecret(mall, DemoMall.CLIENT_SECRET);
        }
        try (Cafe24Authorization authorization = new Cafe24Authorization(mall, sync.secrets(),
                Cafe24GatewayFactory.defaultHttpClient())) {
            authorization.connectWithoutBrowser();
        }
    }

    private static List<Listing> listedProducts(AppContext context, Mall mall) {
        return context.productRepository().findActive().stream()
                .flatMap(p -> context.sync().listings().listingsOf(p.id()).stream())
                .filter(l -> l.mallRef() == mall.id()).toList();
    }

    @Override
    public void close() {
        server.close();
    }
}
