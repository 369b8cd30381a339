package com.mallboard.sync;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A real temp database with the sync services wired as the app wires them, every mall answering from one
 * {@link InMemoryMall}, and secrets in memory. {@code new SyncFixture(folder)} adds one Cafe24 mall ("글로우몰");
 * orders reach the store the real way: put them in {@link #remote} and {@link #syncNow()}.
 * {@link #withoutMalls} starts with none, for tests that add their own with {@link #addMall}.
 */
public final class SyncFixture {
    public final TestStore store;
    public final InMemoryMall remote = new InMemoryMall();
    public final MallSecrets secrets = new MallSecrets(new MemoryCredentialStore());
    public final SyncService sync;
    public final OrderService orders;
    public final ListingService listings;
    public final MallService malls;
    public final Messages messages = new Messages(Locale.KOREAN);
    public final Formats formats = new Formats(Formats.SEOUL, Locale.KOREAN);
    private final Mall mall;

    /** With the mall "글로우몰", known to the store but without a secret or couriers. */
    public SyncFixture(Path folder) {
        this(folder, true);
    }

    private SyncFixture(Path folder, boolean withGlowmall) {
        store = TestStore.open(folder);
        Map<Platform, MallGatewayFactory> gateways = Map.of(Platform.CAFE24, m -> remote);
        sync = new SyncService(store.malls(), store.listings(), store.outbox(), store.orders(),
                store.productRepository(), store.options(), gateways, store.clock());
        orders = new OrderService(store.orders(), store.malls(), store.clock(), TestStore.USER);
        listings = new ListingService(store.listings(), store.malls(), store.productRepository(), store.options(),
                store.products(), gateways);
        malls = new MallService(store.malls(), secrets, store.outbox());
        mall = withGlowmall ? store.malls().add(new Mall(0, Platform.CAFE24, "glowmall", 1, "글로우몰", "2025-12-01",
                null, "client", true, false, 0)) : null;
    }

    public static SyncFixture withoutMalls(Path folder) {
        return new SyncFixture(folder, false);
    }

    /** The mall "글로우몰". */
    public Mall mall() {
        if (mall == null) {
            throw new IllegalStateException("this fixture was opened without malls");
        }
        return mall;
    }

    /** Pulls orders, reads the couriers and drains the outbox of {@link #mall()}, as the sync button does. */
    public MallSyncResult syncNow() {
        return sync.syncMall(mall().id(), SyncListener.NONE, new CancelSignal());
    }

    /** A mall added the way the malls screen adds one, whose courier list is fresh. */
    public Mall addMall(String mallId, String name) {
        Mall added = malls.add(new Mall(0, Platform.CAFE24, mallId, 1, name, "2025-12-01", null, "client-" + mallId,
                true, false, 0), "secret-" + mallId);
        store.malls().replaceCarriers(added.id(), List.of(new Carrier("0006", "CJ대한통운")), store.clock().instant());
        return added;
    }

    public Product product(String sku, String name) {
        return store.createAt(Stage.SHIPMENT, TestStore.completeDetails(sku).toBuilder().name(name).build());
    }

    /** A complete product with 30 in stock, listed on {@code on}: one job in that mall's queue. */
    public Product listedProduct(Mall on, String sku) {
        Product product = store.createAt(Stage.SHIPMENT, TestStore.completeDetails(sku).toBuilder().stock(30).build());
        store.listings().save(product.id(), on.id(), ListingOverrides.NONE);
        return product;
    }

    /** An order for {@link #mall()} placed ten minutes ago for 김민지 in Gangnam. */
    public void order(String orderId, RemoteOrderItem... lines) {
        Receiver receiver = new Receiver("김민지", "02-123-4567", "010-1234-5678", "06236", "서울특별시 강남구 테헤란로 1",
                "101동 202호", "문 앞에 놓아 주세요");
        long amount = Arrays.stream(lines).mapToLong(l -> l.priceWon() * l.quantity()).sum();
        remote.orders.add(new RemoteOrder(orderId, store.clock().instant().minus(Duration.ofMinutes(10)), true, false,
                amount, "김민지", receiver, List.of(lines)));
    }

    /** Stores the orders in {@link #remote} without talking to the mall: its couriers stay unread. */
    public void storeOrdersWithoutSync() {
        store.orders().save(mall().id(), remote.orders, store.clock().instant());
    }

    public static RemoteOrderItem line(String code, String sku, String name, int quantity) {
        return new RemoteOrderItem(code, sku, name, null, quantity, 28_000, "N10", null, null, null);
    }

    /** The mall refuses the next call, the way Cafe24 refuses a product it cannot take. */
    public void refuseNextCall(String message) {
        remote.failNext(new MallCallException(422, "422", message, false));
    }

    public int pending(Mall of) {
        return store.outbox().pendingCount(of.id());
    }

    public int failed(Mall of) {
        return store.outbox().failedCount(of.id());
    }

    public int shipmentsQueued() {
        return pending(mall());
    }
}
