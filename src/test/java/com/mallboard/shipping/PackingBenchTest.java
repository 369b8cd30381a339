package com.mallboard.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.ProductOption;
import com.mallboard.product.ProductOptionService;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.SyncFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench as the app wires it: the catalogue and the orders read from a real store, couriers remembered per mall. */
class PackingBenchTest {
    private static final String ORDER = "20261125-0000001";
    private static final Carrier CJ = new Carrier("0006", "CJ대한통운");
    private static final Carrier LOTTE = new Carrier("0003", "롯데택배");

    @TempDir
    Path folder;
    private SyncFixture fx;
    private PackingBench bench;

    @BeforeEach
    void setUp() {
        fx = new SyncFixture(folder);
        ProductOptionService options = new ProductOptionService(fx.store.options(), fx.store.productRepository(),
                TestStore.USER);
        bench = new PackingBench(fx.store.productRepository(), options::all, fx.orders, fx.store.settings(),
                fx.store.clock(), TestStore.USER);
        Product tint = fx.store.createAt(Stage.SHIPMENT, TestStore.completeDetails("ROM-TINT").toBuilder()
                .name("쥬시 틴트").barcode("8801234567893").build());
        options.save(tint, List.of(new ProductOption("01 코랄", "ROM-TINT-01", 5),
                new ProductOption("02 로즈", "ROM-TINT-02", 5)));
        fx.order(ORDER, new RemoteOrderItem("L1", "ROM-TINT", "쥬시 틴트", "02 로즈", 1, 9_000, "N10", null, null,
                "ROM-TINT-02"));
        fx.storeOrdersWithoutSync();
    }

    private StoredOrder order() {
        return fx.orders.findByOrderId(ORDER).get(0);
    }

    @Test
    void theStationReadsOptionSkusFromTheStoreAndRefusesAnotherShade() {
        PackingStation station = bench.openStation("0006");

        assertThat(station.accept(ORDER).state()).isEqualTo(StationState.PACKING);
        assertThat(station.accept("ROM-TINT-01").messageKey()).isEqualTo("pack.scan.wrong.item");
        StationReply last = station.accept("rom-tint-02");

        assertThat(last.messageKey()).isEqualTo("pack.scan.order.complete");
        assertThat(station.packed()).hasValueSatisfying(p -> assertThat(p.who()).isEqualTo(TestStore.USER));
    }

    @Test
    void theProductBarcodeFitsAnyShadeOfTheProduct() {
        PackingStation station = bench.openStation("0006");
        station.accept(ORDER);

        assertThat(station.accept("8801234567893").state()).isEqualTo(StationState.WAITING_FOR_TRACKING);
    }

    @Test
    void theCourierChosenForAMallIsOfferedAgainWhileTheMallListsIt() {
        List<Carrier> couriers = List.of(CJ, LOTTE);
        assertThat(bench.courierFor(order(), couriers)).as("two couriers and no memory: no guess").isEmpty();

        bench.rememberCourier(order(), LOTTE.code());

        assertThat(bench.courierFor(order(), couriers)).contains(LOTTE);
        assertThat(bench.courierFor(order(), List.of(CJ))).as("a mall with one courier").contains(CJ);
        assertThat(bench.courierFor(order(), List.of())).isEmpty();
    }

    @Test
    void theCouriersAreTheOrdersMalls() {
        fx.store.malls().replaceCarriers(fx.mall().id(), List.of(CJ), fx.store.clock().instant());

        assertThat(bench.carriers(order())).containsExactly(CJ);
    }

    @Test
    void anOrderNotInTheStoreIsNotFound() {
        PackingStation station = bench.openStation("0006");

        assertThat(station.accept("20261125-0000404").messageKey()).isEqualTo("pack.refused.not.found");
        assertThat(station.state()).isEqualTo(StationState.WAITING_FOR_ORDER);
    }
}
