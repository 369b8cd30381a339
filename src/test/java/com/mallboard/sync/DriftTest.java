package com.mallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftTest {
    @TempDir
    Path folder;
    private TestStore store;
    private InMemoryMall remote;
    private SyncService sync;
    private ListingService listings;
    private Mall mall;

    @BeforeEach
    void openStore() {
        SyncFixture fixture = new SyncFixture(folder);
        store = fixture.store;
        remote = fixture.remote;
        sync = fixture.sync;
        listings = fixture.listings;
        mall = fixture.mall();
    }

    private Listing listAndSync(Product product, ListingOverrides overrides) {
        Listing listing = listings.save(product.id(), mall.id(), overrides);
        sync.syncMall(mall.id(), SyncListener.NONE, new CancelSignal());
        return store.listings().find(listing.id()).orElseThrow();
    }

    /** Someone changed the product in the mall's own admin. */
    private void editInTheMall(String name, long price, int stock) {
        RemoteProduct p = remote.products.values().iterator().next();
        remote.products.put(p.productNo(), new RemoteProduct(p.productNo(), p.productCode(), p.customProductCode(),
                name, price, p.supplyPriceWon(), p.display(), p.selling(), stock == 0, p.summary(),
                java.util.List.of(new RemoteVariant(p.productCode() + "000A", null, stock))));
    }

    @Test
    void anEditInTheMallsAdminShowsAsDriftFieldByField() {
        Product product = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-200").toBuilder().stock(40).build());
        Listing listing = listAndSync(product, ListingOverrides.NONE);
        editInTheMall(product.name(), 25_000, 40);

        DriftReport report = listings.drift(listing.id());

        assertThat(report.drifted()).isTrue();
        assertThat(report.fields()).filteredOn(DriftField::differs).extracting(DriftField::field).containsExactly("price");
        assertThat(store.listings().find(listing.id()).orElseThrow().status()).isEqualTo(ListingStatus.DRIFT);
    }

    @Test
    void overwritingTheMallSendsTheMasterAgain() {
        Product product = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-201").toBuilder().stock(40).build());
        Listing listing = listAndSync(product, ListingOverrides.NONE);
        editInTheMall(product.name(), 25_000, 3);

        listings.overwriteMall(listing.id());
        sync.syncMall(mall.id(), SyncListener.NONE, new CancelSignal());

        RemoteProduct again = remote.products.values().iterator().next();
        assertThat(again.priceWon()).isEqualTo(28_000);
        assertThat(again.totalStock()).isEqualTo(40);
        assertThat(listings.drift(listing.id()).drifted()).isFalse();
    }

    @Test
    void takingTheMallsValuesUpdatesTheOverrideWhereTheListingHasOneAndTheMasterElsewhere() {
        Product product = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-202").toBuilder().stock(40).build());
        Listing listing = listAndSync(product, new ListingOverrides("[단독] 선크림", null, true, true));
        editInTheMall("[단독] 선크림 리뉴얼", 26_000, 12);

        listings.takeMallValues(listings.drift(listing.id()));

        Product master = store.reload(product);
        assertThat(master.name()).as("the master name was not this mall's").isEqualTo(product.name());
        assertThat(master.details().priceWon()).isEqualTo(26_000);
        assertThat(master.details().stock()).isEqualTo(12);
        assertThat(store.listings().find(listing.id()).orElseThrow().overrides().name()).isEqualTo("[단독] 선크림 리뉴얼");
        sync.syncMall(mall.id(), SyncListener.NONE, new CancelSignal());
        assertThat(listings.drift(listing.id()).drifted()).isFalse();
    }
}
