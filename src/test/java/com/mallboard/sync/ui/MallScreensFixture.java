package com.mallboard.sync.ui;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.InMemoryMall;
import com.mallboard.sync.ListingOverrides;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallCallException;
import com.mallboard.sync.MallSecrets;
import com.mallboard.sync.MallService;
import com.mallboard.sync.Platform;
import com.mallboard.sync.SyncService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real temp database with the mall services wired as the app wires them, every mall answering from one
 * {@link InMemoryMall}, and secrets in memory.
 */
final class MallScreensFixture {
    final TestStore store;
    final InMemoryMall remote = new InMemoryMall();
    final MemoryCredentialStore credentials = new MemoryCredentialStore();
    final MallSecrets secrets = new MallSecrets(credentials);
    final MallService malls;
    final SyncService sync;

    MallScreensFixture(Path folder) {
        store = TestStore.open(folder);
        malls = new MallService(store.malls(), secrets, store.outbox());
        sync = new SyncService(store.malls(), store.listings(), store.outbox(), store.orders(),
                store.productRepository(), Map.of(Platform.CAFE24, mall -> remote), store.clock());
    }

    /** A mall whose courier list is fresh, so the first call of its next sync is about its queue. */
    Mall addMall(String mallId, String name) {
        Mall mall = malls.add(new Mall(0, Platform.CAFE24, mallId, 1, name, "2025-12-01", null, "client-" + mallId,
                true, false), "secret-" + mallId);
        store.malls().replaceCarriers(mall.id(), List.of(new Carrier("0006", "CJ대한통운")), store.clock().instant());
        return mall;
    }

    /** A complete product listed on {@code mall}: one job in the mall's queue. */
    Product listedProduct(Mall mall, String sku) {
        Product product = store.createAt(Stage.SHIPMENT, TestStore.completeDetails(sku).toBuilder().stock(30).build());
        store.listings().save(product.id(), mall.id(), ListingOverrides.NONE);
        return product;
    }

    /** The mall refuses the next call, the way Cafe24 refuses a product it cannot take. */
    void refuseNextCall(String message) {
        remote.failNext(new MallCallException(422, "422", message, false));
    }

    int pending(Mall mall) {
        return store.outbox().pendingCount(mall.id());
    }

    int failed(Mall mall) {
        return store.outbox().failedCount(mall.id());
    }
}
