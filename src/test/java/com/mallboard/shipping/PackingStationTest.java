package com.mallboard.shipping;

import static com.mallboard.sync.SyncFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import com.mallboard.sync.SyncFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench driven from the scanner alone, against a real store: order barcode → items → tracking number. */
class PackingStationTest {
    private static final String ORDER = "20260301-0000001";
    private static final String SUNSCREEN_EAN = "8801234567893";
    private static final String TONER_UPC = "012345678905";

    private SyncFixture fixture;
    private PackingStation station;

    @BeforeEach
    void setUp(@TempDir Path folder) {
        fixture = new SyncFixture(folder);
        fixture.store.malls().replaceCarriers(fixture.mall().id(), List.of(new Carrier("0006", "CJ대한통운")),
                fixture.store.clock().instant());
        Product sunscreen = product("GL-SUN-50", SUNSCREEN_EAN);
        Product toner = product("GL-TONER", "0" + TONER_UPC);
        product("GL-SERUM", "8809876543214");
        fixture.order(ORDER, line("L1", "GL-SUN-50", "선크림", 3), line("L2", "GL-TONER", "토너", 1));
        fixture.order("20260301-0000002", line("L1", "GL-NOT-OURS", "다른 상품", 1));
        fixture.storeOrdersWithoutSync();
        CatalogCodes codes = CatalogCodes.of(List.of(sunscreen, toner, fixture.store.productRepository()
                .findActive().stream().filter(p -> p.sku().equals("GL-SERUM")).findFirst().orElseThrow()),
                fixture.store.options()::optionsOf);
        OrderLookup lookup = id -> fixture.orders.recent(100).stream().filter(o -> o.orderId().equals(id)).toList();
        station = new PackingStation(lookup, codes, new ShipmentRecorder(fixture.orders), fixture.store.clock(),
                TestStore.USER, "0006");
    }

    private Product product(String sku, String barcode) {
        return fixture.store.createAt(Stage.SHIPMENT, TestStore.completeDetails(sku).toBuilder().barcode(barcode)
                .build());
    }

    @Test
    void aWholeOrderFromOrderBarcodeToTrackingNumberQueuedForTheMall() {
        assertThat(station.accept(ORDER)).satisfies(r -> {
            assertThat(r.state()).isEqualTo(StationState.PACKING);
            assertThat(r.messageKey()).isEqualTo("pack.station.order.started");
            assertThat(r.args()).containsExactly(ORDER, "4");
        });
        assertThat(station.accept(SUNSCREEN_EAN).messageKey()).isEqualTo("pack.scan.ticked");
        assertThat(station.accept("8809876543214").feedback()).isEqualTo(Feedback.ERROR);
        assertThat(station.accept("gl-sun-50").args()).containsExactly("선크림", "2", "3");
        assertThat(station.accept(TONER_UPC).state()).isEqualTo(StationState.PACKING);
        StationReply last = station.accept("８８０１２３４５６７８９３\r\n");
        assertThat(last.messageKey()).isEqualTo("pack.scan.order.complete");
        assertThat(last.state()).isEqualTo(StationState.WAITING_FOR_TRACKING);
        assertThat(station.packed()).hasValueSatisfying(p -> assertThat(p.who()).isEqualTo(TestStore.USER));

        StationReply shipped = station.accept("6012-3456-7890");

        assertThat(shipped.feedback()).isEqualTo(Feedback.OK);
        assertThat(shipped.messageKey()).isEqualTo("pack.station.shipped");
        assertThat(shipped.state()).isEqualTo(StationState.WAITING_FOR_ORDER);
        assertThat(fixture.shipmentsQueued()).isEqualTo(1);
        assertThat(storedOrder().items()).extracting(StoredOrderItem::trackingNo)
                .containsOnly("6012-3456-7890");
        assertThat(station.accept(ORDER).messageKey()).isEqualTo("pack.refused.packed");
    }

    @Test
    void anItemScannedWhenTheTrackingNumberIsExpectedIsNotTakenForOne() {
        packEverything();

        StationReply reply = station.accept(SUNSCREEN_EAN);

        assertThat(reply.messageKey()).isEqualTo("pack.station.scan.tracking");
        assertThat(reply.state()).isEqualTo(StationState.WAITING_FOR_TRACKING);
        assertThat(fixture.shipmentsQueued()).isZero();
    }

    @Test
    void aBadTrackingNumberOrCourierIsRefusedAndTheStationWaits() {
        packEverything();

        assertThat(station.accept("6012 3456 7890!").messageKey()).isEqualTo("tracking.invalid");
        station.selectCourier("9999");
        assertThat(station.accept("601234567890").messageKey()).isEqualTo("tracking.unknown.carrier");
        assertThat(station.state()).isEqualTo(StationState.WAITING_FOR_TRACKING);
        assertThat(fixture.shipmentsQueued()).isZero();
        station.selectCourier("0006");
        assertThat(station.accept("601234567890").state()).isEqualTo(StationState.WAITING_FOR_ORDER);
    }

    @Test
    void anOverrideWithAReasonLetsTheParcelShip() {
        station.accept(ORDER);
        station.accept(SUNSCREEN_EAN);

        assertThat(station.overrideComplete(" ", "팀장").messageKey()).isEqualTo("pack.override.reason.missing");
        assertThat(station.state()).isEqualTo(StationState.PACKING);
        StationReply overridden = station.overrideComplete("토너 바코드 훼손", "팀장");

        assertThat(overridden.state()).isEqualTo(StationState.WAITING_FOR_TRACKING);
        assertThat(station.packed()).hasValueSatisfying(p -> assertThat(p.overrideReason()).isEqualTo("토너 바코드 훼손"));
        station.accept("601234567890");
        assertThat(fixture.shipmentsQueued()).isEqualTo(1);
    }

    @Test
    void theStationAsksForAnOrderBarcodeFirstAndRefusesUnknownOrUnmatchedOrders() {
        assertThat(station.accept(SUNSCREEN_EAN).messageKey()).isEqualTo("pack.station.scan.order");
        assertThat(station.accept("20260301-0009999").messageKey()).isEqualTo("pack.refused.not.found");
        assertThat(station.accept("20260301-0000002").messageKey()).isEqualTo("pack.refused.unmatched");
        assertThat(station.accept("  ").feedback()).isEqualTo(Feedback.NONE);
        assertThat(station.state()).isEqualTo(StationState.WAITING_FOR_ORDER);
    }

    @Test
    void anotherOrderBarcodeWhilePackingIsRefusedUntilTheOrderIsPutBack() {
        station.accept(ORDER);
        station.accept(SUNSCREEN_EAN);

        assertThat(station.accept("20260301-0000002").messageKey()).isEqualTo("pack.station.order.in.progress");
        assertThat(station.accept(ORDER).messageKey()).isEqualTo("pack.station.order.same");
        assertThat(station.abandon().state()).isEqualTo(StationState.WAITING_FOR_ORDER);
        assertThat(station.accept(ORDER).state()).isEqualTo(StationState.PACKING);
        assertThat(station.session()).hasValueSatisfying(s -> assertThat(s.unitsScanned()).isZero());
    }

    private void packEverything() {
        station.accept(ORDER);
        for (String code : List.of(SUNSCREEN_EAN, SUNSCREEN_EAN, SUNSCREEN_EAN, TONER_UPC)) {
            station.accept(code);
        }
        assertThat(station.state()).isEqualTo(StationState.WAITING_FOR_TRACKING);
    }

    private StoredOrder storedOrder() {
        return fixture.orders.recent(100).stream().filter(o -> o.orderId().equals(ORDER)).findFirst().orElseThrow();
    }
}
