package com.mallboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.sync.Mall;
import com.mallboard.sync.OpenOrders;
import com.mallboard.sync.Platform;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The orders list feeds the board: every card knows what of its product waits to ship. */
class OpenOrdersOnCardsTest {
    @TempDir
    Path folder;

    private TestStore store;
    private Mall glow;

    @BeforeEach
    void open() {
        store = TestStore.open(folder);
        glow = store.malls().add(new Mall(0, Platform.CAFE24, "glowmall", 1, "글로우몰", "2025-12-01", null, "c", true,
                false, 0));
    }

    @Test
    void everyWayTheBoardReadsCardsCarriesTheirOpenOrders() {
        Product ordered = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100"));
        Product quiet = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-200"));
        receive("O-1", line("O-1-01", "TOR-100", 2));
        receive("O-2", line("O-2-01", "TOR-100", 3));

        BoardCard loaded = card(store.board().loadCards(), ordered);
        BoardCard previewed = card(store.board().loadPreview(40).cards(), ordered);
        BoardCard refreshed = store.board().findCard(ordered.id()).orElseThrow();

        for (BoardCard card : new BoardCard[] {loaded, previewed, refreshed}) {
            assertThat(card.openOrders()).isEqualTo(new OpenOrders(2, 5));
            assertThat(card.hasOpenOrders()).isTrue();
        }
        assertThat(card(store.board().loadCards(), quiet).openOrders()).isEqualTo(OpenOrders.NONE);
        assertThat(store.board().findCard(quiet.id()).orElseThrow().hasOpenOrders()).isFalse();
    }

    @Test
    void aCardDropsAnOrderOnceItsTrackingNumberIsSaved() {
        Product ordered = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100"));
        receive("O-1", line("O-1-01", "TOR-100", 2));
        var order = store.orders().recent(1).get(0);

        store.orders().recordShipment(order.id(), List.of("O-1-01"), "688012345678", "0006", TestStore.USER,
                store.clock().instant());

        assertThat(store.board().findCard(ordered.id()).orElseThrow().hasOpenOrders()).isFalse();
    }

    @Test
    void aBoardWithoutSyncHasCardsWithoutOrders() {
        store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100"));
        receive("O-1", line("O-1-01", "TOR-100", 2));
        BoardService plain = new BoardService(store.productRepository(), store.checklistRepository(), store.gates(),
                store.clock(), ListingChips.NONE);

        assertThat(plain.loadCards().get(0).openOrders()).isEqualTo(OpenOrders.NONE);
    }

    private void receive(String orderId, RemoteOrderItem... items) {
        store.orders().save(glow.id(), List.of(new RemoteOrder(orderId, store.clock().instant().minusSeconds(60), true,
                false, 28_000, "김민지", null, List.of(items))), store.clock().instant());
    }

    private static RemoteOrderItem line(String code, String sku, int quantity) {
        return new RemoteOrderItem(code, sku, "선크림", null, quantity, 28_000, "N10", null, null, null);
    }

    private static BoardCard card(List<BoardCard> cards, Product product) {
        return cards.stream().filter(c -> c.id() == product.id()).findFirst().orElseThrow();
    }
}
