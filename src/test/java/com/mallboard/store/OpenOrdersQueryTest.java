package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.sync.Mall;
import com.mallboard.sync.OpenOrders;
import com.mallboard.sync.Platform;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.StoredOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What waits to ship per product, as the board's order badges read it: one grouped query over the stored orders. */
class OpenOrdersQueryTest {
    @TempDir
    Path folder;

    private TestStore store;
    private Mall glow;
    private Product sunscreen;
    private Product toner;

    @BeforeEach
    void open() {
        store = TestStore.open(folder);
        glow = store.malls().add(new Mall(0, Platform.CAFE24, "glowmall", 1, "글로우몰", "2025-12-01", null, "c", true,
                false, 0));
        sunscreen = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100"));
        toner = store.createAt(Stage.LABELING, TestStore.completeDetails("TOR-200"));
    }

    @Test
    void countsMatchedLinesWithoutTrackingInOrdersNotCanceled() {
        save(order("O-1", false, line("O-1-01", "TOR-100", 2, "N10", null)),
                order("O-2", false, line("O-2-01", "TOR-100", 3, "N20", null),
                        line("O-2-02", "TOR-200", 1, "N10", null)),
                order("O-3", false, line("O-3-01", null, 7, "N10", null)),
                order("O-4", false, line("O-4-01", "TOR-100", 4, "N30", "688012345678")),
                order("O-5", true, line("O-5-01", "TOR-100", 9, "C40", null)));

        assertThat(store.orders().openOrders()).containsOnly(
                java.util.Map.entry(sunscreen.id(), new OpenOrders(2, 5)),
                java.util.Map.entry(toner.id(), new OpenOrders(1, 1)));
    }

    @Test
    void twoOptionLinesOfOneOrderAreOneOrderWithTheirPiecesAddedUp() {
        save(order("O-1", false, line("O-1-01", "TOR-100", 1, "N10", null), line("O-1-02", "TOR-100", 2, "N10", null)));

        assertThat(store.orders().openOrders()).containsEntry(sunscreen.id(), new OpenOrders(1, 3));
    }

    @Test
    void aLineTheMallCanceledInAPartlyCanceledOrderWillNotShip() {
        save(order("O-1", false, line("O-1-01", "TOR-100", 2, "C40", null), line("O-1-02", "TOR-100", 1, "N10", null)));

        assertThat(store.orders().openOrders()).containsEntry(sunscreen.id(), new OpenOrders(1, 1));
    }

    @Test
    void savingATrackingNumberTakesTheLineOff() {
        save(order("O-1", false, line("O-1-01", "TOR-100", 2, "N10", null), line("O-1-02", "TOR-200", 1, "N10", null)));
        StoredOrder stored = store.orders().recent(1).get(0);

        store.orders().recordShipment(stored.id(), List.of("O-1-01"), "688012345678", "0006", TestStore.USER,
                store.clock().instant());

        assertThat(store.orders().openOrders()).doesNotContainKey(sunscreen.id())
                .containsEntry(toner.id(), new OpenOrders(1, 1));
    }

    @Test
    void anUnmatchedLineCountsOnceItIsMappedToAProduct() {
        save(order("O-1", false, line("O-1-01", null, 2, "N10", null)));
        assertThat(store.orders().openOrders()).isEmpty();

        store.orders().map(glow.id(), store.orders().unmatched().get(0).itemKey(), toner.id());

        assertThat(store.orders().openOrders()).containsOnlyKeys(toner.id());
    }

    @Test
    void aFewProductsAreReadWithoutTheRest() {
        save(order("O-1", false, line("O-1-01", "TOR-100", 2, "N10", null), line("O-1-02", "TOR-200", 1, "N10", null)));

        assertThat(store.orders().openOrdersOf(List.of(toner.id()))).containsOnlyKeys(toner.id());
        assertThat(store.orders().openOrdersOf(List.of(toner.id() + 100))).isEmpty();
    }

    private void save(RemoteOrder... orders) {
        store.orders().save(glow.id(), List.of(orders), store.clock().instant());
    }

    private RemoteOrder order(String orderId, boolean canceled, RemoteOrderItem... items) {
        Instant placed = store.clock().instant().minusSeconds(600);
        return new RemoteOrder(orderId, placed, true, canceled, 28_000, "김민지", null, List.of(items));
    }

    private static RemoteOrderItem line(String code, String sku, int quantity, String status, String trackingNo) {
        return new RemoteOrderItem(code, sku, "선크림", null, quantity, 28_000, status, trackingNo,
                trackingNo == null ? null : "0006", null);
    }
}
