package com.mallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderSyncTest {
    @TempDir
    Path folder;
    private SyncFixture fx;
    private TestStore store;
    private InMemoryMall remote;
    private Mall mall;
    private Product sunscreen;

    @BeforeEach
    void openStore() {
        fx = new SyncFixture(folder);
        store = fx.store;
        remote = fx.remote;
        mall = fx.mall();
        sunscreen = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100"));
    }

    private RemoteOrder order(String orderId, Instant at, RemoteOrderItem... items) {
        Receiver receiver = new Receiver("김민지", "02-123-4567", "010-1234-5678", "06236", "서울특별시 강남구 테헤란로 1",
                "101동 202호", "문 앞에 놓아 주세요");
        return new RemoteOrder(orderId, at, true, false, 28_000, "김민지", receiver, List.of(items));
    }

    private static RemoteOrderItem line(String code, String customCode, String name) {
        return new RemoteOrderItem(code, customCode, name, null, 1, 28_000, "N10", null, null, null);
    }

    private MallSyncResult syncNow() {
        return fx.syncNow();
    }

    @Test
    void ordersComeHomeOnceEvenWhenWindowsOverlap() {
        Instant placed = store.clock().instant().minus(Duration.ofMinutes(10));
        remote.orders.add(order("20261125-0000001", placed, line("20261125-0000001-01", "TOR-100", "선크림")));

        assertThat(syncNow().orders().added()).isEqualTo(1);
        store.clock().advance(Duration.ofMinutes(5));
        MallSyncResult again = syncNow();

        assertThat(again.orders().added()).isZero();
        assertThat(again.orders().updated()).as("re-read in the overlap, not duplicated").isEqualTo(1);
        List<StoredOrder> stored = store.orders().recent(10);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).items().get(0).productId()).isEqualTo(sunscreen.id());
        assertThat(stored.get(0).receiver().address1()).isEqualTo("서울특별시 강남구 테헤란로 1");
    }

    @Test
    void aLineWithoutOurSkuWaitsInTheUnmatchedQueueUntilMappedOnce() {
        Instant placed = store.clock().instant().minus(Duration.ofMinutes(10));
        remote.orders.add(order("20261125-0000002", placed, line("20261125-0000002-01", null, "선크림 (구형 등록)")));
        assertThat(syncNow().orders().unmatchedLines()).isEqualTo(1);

        UnmatchedItem unmatched = store.orders().unmatched().get(0);
        assertThat(unmatched.productName()).isEqualTo("선크림 (구형 등록)");
        assertThat(store.orders().map(mall.id(), unmatched.itemKey(), sunscreen.id())).isEqualTo(1);
        assertThat(store.orders().unmatched()).isEmpty();

        remote.orders.add(order("20261125-0000003", store.clock().instant(),
                line("20261125-0000003-01", null, "선크림 (구형 등록)")));
        store.clock().advance(Duration.ofMinutes(1));
        assertThat(syncNow().orders().unmatchedLines()).as("the next order with that line matches by itself").isZero();
    }

    @Test
    void aTrackingNumberGoesToTheMallOnceEvenAfterACrashBeforeTheReplyWasSaved() {
        Instant placed = store.clock().instant().minus(Duration.ofMinutes(10));
        remote.orders.add(order("20261125-0000004", placed, line("20261125-0000004-01", "TOR-100", "선크림")));
        syncNow();
        StoredOrder stored = store.orders().recent(1).get(0);

        long shipment = store.orders().recordShipment(stored.id(), List.of("20261125-0000004-01"), "688012345678",
                "0006", TestStore.USER, store.clock().instant());
        // The app died after the mall registered the shipment but before the confirmation was saved:
        OutboxJob job = store.outbox().nextDue(mall.id(), store.clock().instant()).orElseThrow();
        store.outbox().markStarted(job.id());
        remote.createShipment(new ShipmentRequest("20261125-0000004", List.of("20261125-0000004-01"), "688012345678",
                "0006"));
        remote.calls.clear();

        syncNow();

        assertThat(remote.count("ship")).isZero();
        assertThat(remote.shipments).hasSize(1);
        assertThat(store.orders().shipmentTarget(shipment).orElseThrow().shippingCode()).isEqualTo("D-1");
        assertThat(store.orders().recent(1).get(0).shipped()).isTrue();
    }

    @Test
    void aFreshTrackingNumberIsRegisteredWithoutReadingTheMallFirst() {
        remote.orders.add(order("20261125-0000005", store.clock().instant().minusSeconds(60),
                line("20261125-0000005-01", "TOR-100", "선크림")));
        syncNow();
        StoredOrder stored = store.orders().recent(1).get(0);
        store.orders().recordShipment(stored.id(), List.of("20261125-0000005-01"), "688000000001", "0006",
                TestStore.USER, store.clock().instant());
        remote.calls.clear();

        syncNow();

        assertThat(remote.calls).containsExactly("ship", "orders");
        assertThat(store.orders().openOrderIds(mall.id())).isEmpty();
    }

    @Test
    void theCourierListIsReadFromTheMall() {
        syncNow();

        assertThat(store.malls().carriers(mall.id())).extracting(Carrier::name).containsExactly("CJ대한통운", "우체국택배");
    }
}
