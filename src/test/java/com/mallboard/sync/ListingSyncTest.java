package com.mallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingSyncTest {
    @TempDir
    Path folder;
    private SyncFixture fx;
    private TestStore store;
    private InMemoryMall remote;
    private Mall mall;

    @BeforeEach
    void openStore() {
        fx = new SyncFixture(folder);
        store = fx.store;
        remote = fx.remote;
        mall = fx.mall();
        syncNow();
        remote.calls.clear();
    }

    private Product listedProduct(String sku) {
        return fx.listedProduct(mall, sku);
    }

    private MallSyncResult syncNow() {
        return fx.syncNow();
    }

    @Test
    void listingAProductCreatesItInTheMallWithItsStock() {
        Product product = listedProduct("TOR-001");

        MallSyncResult result = syncNow();

        assertThat(result.drain().sent()).isEqualTo(1);
        RemoteProduct created = remote.products.values().iterator().next();
        assertThat(created.customProductCode()).isEqualTo("TOR-001");
        assertThat(created.priceWon()).isEqualTo(28_000);
        assertThat(created.totalStock()).isEqualTo(30);
        Listing listing = store.listings().listingsOf(product.id()).get(0);
        assertThat(listing.status()).isEqualTo(ListingStatus.SYNCED);
        assertThat(listing.remoteProductNo()).isEqualTo(created.productNo());
        assertThat(store.outbox().pendingCount(mall.id())).isZero();
    }

    @Test
    void anEditThatChangesNothingTheMallShowsCostsNoCall() {
        Product product = listedProduct("TOR-002");
        syncNow();
        remote.calls.clear();

        Product stored = store.reload(product);
        store.products().update(stored, stored.details().toBuilder().notes("샘플 도착 확인").build(), stored.tags());
        assertThat(store.outbox().pendingCount(mall.id())).isEqualTo(1);
        syncNow();

        assertThat(remote.calls).containsOnly("orders");
        assertThat(store.outbox().pendingCount(mall.id())).isZero();
    }

    @Test
    void aNewPriceIsOneUpdateAndNewStockIsOnlyAStockCall() {
        Product product = listedProduct("TOR-003");
        syncNow();
        remote.calls.clear();

        Product stored = store.reload(product);
        store.products().update(stored, stored.details().toBuilder().priceWon(25_000L).build(), stored.tags());
        syncNow();
        assertThat(remote.count("update")).isEqualTo(1);
        assertThat(remote.count("stock")).isZero();
        remote.calls.clear();

        stored = store.reload(product);
        store.products().update(stored, stored.details().toBuilder().stock(0).build(), stored.tags());
        syncNow();
        assertThat(remote.count("update")).isZero();
        assertThat(remote.count("stock")).isEqualTo(1);
        assertThat(remote.products.values().iterator().next().soldOut()).isTrue();
    }

    @Test
    void aProductTheMallAlreadyHasUnderOurSkuIsNotCreatedTwice() {
        listedProduct("TOR-004");
        ListingContent lostReply = new ListingContent("TOR-004", "토리든 다이브인 선크림", 28_000, 9_500L, true, true,
                "Torriden · 50ml", 30, java.util.List.of(), java.util.List.of());
        remote.createProduct(lostReply);
        remote.calls.clear();

        syncNow();

        assertThat(remote.count("create")).isZero();
        assertThat(remote.products).hasSize(1);
    }

    @Test
    void aProductMissingWhatTheMallRequiresIsNotSentAndSaysWhatIsMissing() {
        Product product = store.createAt(Stage.PLANNING, TestStore.completeDetails("TOR-005").toBuilder()
                .priceWon(null).costWon(null).build());
        store.listings().save(product.id(), mall.id(), ListingOverrides.NONE);

        MallSyncResult result = syncNow();

        assertThat(remote.count("create")).isZero();
        assertThat(result.drain().failed()).isEqualTo(1);
        assertThat(result.drain().sent()).isZero();
        Listing listing = store.listings().listingsOf(product.id()).get(0);
        assertThat(listing.status()).isEqualTo(ListingStatus.INCOMPLETE);
        assertThat(listing.problem()).isEqualTo("PRICE,COST");
        assertThat(store.outbox().failedCount(mall.id())).isEqualTo(1);
    }

    @Test
    void aRefusalFailsOnlyThatJobWithTheMallsMessageAndALaterSuccessSupersedesIt() {
        Product first = listedProduct("TOR-006");
        listedProduct("TOR-007");
        remote.failNext(new MallCallException(422, "422", "product_name is too long", false));

        MallSyncResult result = syncNow();

        assertThat(result.drain().failed()).isEqualTo(1);
        assertThat(result.drain().sent()).isEqualTo(1);
        JobLogEntry failed = store.outbox().recent(mall.id(), 10).stream()
                .filter(e -> e.job().status() == JobStatus.FAILED).findFirst().orElseThrow();
        assertThat(failed.subject()).isEqualTo("TOR-006");
        assertThat(failed.job().lastError()).contains("HTTP 422").contains("product_name is too long");
        assertThat(store.listings().listingsOf(first.id()).get(0).status()).isEqualTo(ListingStatus.FAILED);

        assertThat(store.outbox().retryFailed(mall.id())).isEqualTo(1);
        syncNow();
        assertThat(store.listings().listingsOf(first.id()).get(0).status()).isEqualTo(ListingStatus.SYNCED);
        assertThat(store.outbox().failedCount(mall.id())).isZero();
    }

    @Test
    void aMallThatIsDownKeepsTheJobPendingForLaterAndStopsTheDrain() {
        listedProduct("TOR-008");
        listedProduct("TOR-009");
        remote.failNext(new MallCallException(503, "503", "Service Unavailable", true));

        MallSyncResult result = syncNow();

        assertThat(result.problem()).contains("503");
        assertThat(remote.count("create")).isZero();
        assertThat(store.outbox().pendingCount(mall.id())).isEqualTo(2);
        assertThat(store.outbox().nextDue(mall.id(), store.clock().instant()).orElseThrow().subjectId())
                .as("the failed job waits; the next one is due").isNotNull();
        store.clock().advance(java.time.Duration.ofMinutes(1));
        syncNow();
        assertThat(remote.products).hasSize(2);
    }

    @Test
    void aRefusedAuthorizationMarksTheMallForReconnecting() {
        listedProduct("TOR-010");
        remote.failNext(new MallAuthorizationException("refresh token expired; connect the mall again", null));

        MallSyncResult result = syncNow();

        assertThat(result.problem()).contains("connect the mall again");
        MallStatus status = store.malls().statuses(m -> true).get(0);
        assertThat(status.connectionProblem()).contains("connect the mall again");
        assertThat(status.pendingJobs()).isEqualTo(1);
    }

    @Test
    void anEditMadeWhileThePushIsOnTheWireIsSentAfterItNotLost() {
        Product product = listedProduct("TOR-011");
        remote.duringNextWrite = () -> {
            Product stored = store.reload(product);
            store.products().update(stored, stored.details().toBuilder().name("새 이름").build(), stored.tags());
        };

        syncNow();

        assertThat(remote.calls).containsSubsequence("create", "update");
        assertThat(remote.products.values().iterator().next().name()).isEqualTo("새 이름");
        assertThat(store.outbox().pendingCount(mall.id())).isZero();
    }

    @Test
    void trashingAListedProductHidesItInTheMall() {
        Product product = listedProduct("TOR-012");
        syncNow();

        store.productRepository().moveToTrash(product.id(), store.clock().instant(), TestStore.USER);
        syncNow();

        RemoteProduct hidden = remote.products.values().iterator().next();
        assertThat(hidden.display()).isFalse();
        assertThat(hidden.selling()).isFalse();
    }

    @Test
    void perMallOverridesReplaceNameAndPriceOnlyOnThatMall() {
        Product product = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-013"), "sunscreen");
        store.listings().save(product.id(), mall.id(), new ListingOverrides("[단독] 선크림", 24_900L, true, false));

        syncNow();

        RemoteProduct sent = remote.products.values().iterator().next();
        assertThat(sent.name()).isEqualTo("[단독] 선크림");
        assertThat(sent.priceWon()).isEqualTo(24_900);
        assertThat(sent.selling()).isFalse();
        assertThat(Set.copyOf(store.reload(product).tags())).contains("sunscreen");
    }

    @Test
    void aMallProductWithSeveralOptionsIsNotGivenTheWholeStockOnEachOption() {
        Product product = listedProduct("TOR-014");
        ListingContent ours = ListingContents.of(store.reload(product), ListingOverrides.NONE);
        remote.products.put(7L, new RemoteProduct(7, "P7", "TOR-014", ours.name(), ours.priceWon(),
                ours.supplyPriceWon(), true, true, false, ours.summary(),
                java.util.List.of(new RemoteVariant("P7000A", null, 5), new RemoteVariant("P7000B", null, 5))));

        MallSyncResult result = syncNow();

        assertThat(result.drain().failed()).isEqualTo(1);
        assertThat(remote.count("stock")).isZero();
        Listing listing = store.listings().listingsOf(product.id()).get(0);
        assertThat(listing.status()).isEqualTo(ListingStatus.FAILED);
        assertThat(listing.problem()).contains("2 options");
    }
}
