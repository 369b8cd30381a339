package com.mallboard.sync.ui;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.sync.CancelSignal;
import com.mallboard.sync.CredentialStore;
import com.mallboard.sync.InMemoryMall;
import com.mallboard.sync.ListingService;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallSecrets;
import com.mallboard.sync.MallService;
import com.mallboard.sync.OrderService;
import com.mallboard.sync.Platform;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.SyncListener;
import com.mallboard.sync.SyncService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A real temp database with one Cafe24 mall ("글로우몰") kept in memory, and the sync services wired as the app wires
 * them. Orders reach the store the real way: put them in {@link #remote} and {@link #syncNow()}.
 */
final class SyncFixture {
    final TestStore store;
    final InMemoryMall remote = new InMemoryMall();
    final Mall mall;
    final SyncService sync;
    final OrderService orders;
    final ListingService listings;
    final MallService malls;
    final Messages messages = new Messages(Locale.KOREAN);
    final Formats formats = new Formats(Formats.SEOUL, Locale.KOREAN);

    SyncFixture(Path folder) {
        store = TestStore.open(folder);
        mall = store.malls().add(new Mall(0, Platform.CAFE24, "glowmall", 1, "글로우몰", "2025-12-01", null, "client",
                true, false));
        Map<Platform, com.mallboard.sync.MallGatewayFactory> gateways = Map.of(Platform.CAFE24, m -> remote);
        sync = new SyncService(store.malls(), store.listings(), store.outbox(), store.orders(),
                store.productRepository(), gateways, store.clock());
        orders = new OrderService(store.orders(), store.malls(), store.clock(), TestStore.USER);
        listings = new ListingService(store.listings(), store.malls(), store.productRepository(), store.products(),
                gateways);
        malls = new MallService(store.malls(), new MallSecrets(new MemoryCredentials()), store.outbox());
    }

    /** Pulls orders, reads the couriers and drains the outbox, as the sync button does. */
    void syncNow() {
        sync.syncMall(mall.id(), SyncListener.NONE, new CancelSignal());
    }

    Product product(String sku, String name) {
        return store.createAt(Stage.SHIPMENT, TestStore.completeDetails(sku).toBuilder().name(name).build());
    }

    /** An order placed ten minutes ago for 김민지 in Gangnam. */
    void order(String orderId, RemoteOrderItem... lines) {
        Receiver receiver = new Receiver("김민지", "02-123-4567", "010-1234-5678", "06236", "서울특별시 강남구 테헤란로 1",
                "101동 202호", "문 앞에 놓아 주세요");
        long amount = java.util.Arrays.stream(lines).mapToLong(l -> l.priceWon() * l.quantity()).sum();
        remote.orders.add(new RemoteOrder(orderId, store.clock().instant().minus(Duration.ofMinutes(10)), true, false,
                amount, "김민지", receiver, List.of(lines)));
    }

    /** Stores the orders in {@link #remote} without talking to the mall: its couriers stay unread. */
    void storeOrdersWithoutSync() {
        store.orders().save(mall.id(), remote.orders, store.clock().instant());
    }

    static RemoteOrderItem line(String code, String sku, String name, int quantity) {
        return new RemoteOrderItem(code, sku, name, null, quantity, 28_000, "N10", null, null);
    }

    int shipmentsQueued() {
        return store.outbox().pendingCount(mall.id());
    }

    private static final class MemoryCredentials implements CredentialStore {
        private final Map<String, String> secrets = new HashMap<>();

        @Override
        public Optional<String> read(String key) {
            return Optional.ofNullable(secrets.get(key));
        }

        @Override
        public void write(String key, String secret) {
            secrets.put(key, secret);
        }

        @Override
        public void delete(String key) {
            secrets.remove(key);
        }

        @Override
        public String describe() {
            return "memory";
        }
    }
}
