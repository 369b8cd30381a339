package com.mallboard.sync.ui;

import static com.mallboard.sync.SyncFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.sync.PersonalData;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.SyncFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrdersViewModelTest {
    @TempDir
    Path folder;

    private SyncFixture fx;
    private OrdersViewModel model;

    @BeforeEach
    void open() {
        fx = new SyncFixture(folder);
        model = new OrdersViewModel(fx.orders, new SameThreadTaskExecutor(), fx.messages, fx.formats);
        fx.product("TOR-100", "토리든 다이브인 선크림");
    }

    private StoredOrder loadOne() {
        model.load();
        StoredOrder order = model.visibleOrders().get(0);
        model.selectedProperty().set(order);
        return order;
    }

    @Test
    void theListShowsMaskedNamesAmountsInWonAndSeoulTime() {
        fx.order("20261125-0000001", line("20261125-0000001-01", "TOR-100", "선크림", 2));
        fx.syncNow();
        StoredOrder order = loadOne();

        assertThat(model.receiverName(order)).isEqualTo("김*지");
        assertThat(model.amount(order)).isEqualTo("₩56,000");
        assertThat(model.itemCount(order)).isEqualTo("1줄 · 2개");
        assertThat(model.orderedAt(order)).isEqualTo(fx.formats.dateTime(order.orderedAt()));
        assertThat(model.state(order)).isEqualTo("신규");
        assertThat(model.receiverLine(OrdersViewModel.ReceiverLine.MESSAGE).get()).isEqualTo(PersonalData.HIDDEN);

        model.showPersonalDataProperty().set(true);
        assertThat(model.receiverName(order)).isEqualTo("김민지");
        assertThat(model.receiverLine(OrdersViewModel.ReceiverLine.PHONE).get())
                .isEqualTo("010-1234-5678 / 02-123-4567");
        assertThat(model.receiverLine(OrdersViewModel.ReceiverLine.ADDRESS).get())
                .isEqualTo("(06236) 서울특별시 강남구 테헤란로 1 101동 202호");
    }

    @Test
    void anOrderWithALineNoProductClaimsSaysSo() {
        fx.order("20261125-0000001", line("20261125-0000001-01", null, "선크림 (구형 등록)", 1));
        fx.syncNow();

        assertThat(OrderState.of(loadOne())).isEqualTo(OrderState.UNMATCHED);
    }

    @Test
    void theFilterMatchesOrderIdsProductsAndCodesButHiddenNamesOnlyWhenShown() {
        fx.order("20261125-0000001", line("20261125-0000001-01", "TOR-100", "다이브인 선크림", 1));
        fx.syncNow();
        model.load();

        for (String text : List.of("0000001", "다이브인", "tor-100")) {
            model.filterProperty().set(text);
            assertThat(model.visibleOrders()).as(text).hasSize(1);
        }
        model.filterProperty().set("김민지");
        assertThat(model.visibleOrders()).isEmpty();
        model.showPersonalDataProperty().set(true);
        assertThat(model.visibleOrders()).hasSize(1);
    }

    @Test
    void aSavedNumberLeavesOnlyTheUnshippedLinesAndKeepsTheNote() {
        fx.order("20261125-0000001", line("20261125-0000001-01", "TOR-100", "선크림", 1),
                line("20261125-0000001-02", "TOR-100", "선크림 리필", 1));
        fx.syncNow();
        loadOne();
        TrackingViewModel tracking = model.tracking();
        assertThat(tracking.carriers()).hasSize(2);
        assertThat(tracking.lines()).hasSize(2);

        tracking.lines().get(1).selectedProperty().set(false);
        tracking.carrierProperty().set(tracking.carriers().get(0));
        tracking.trackingNoProperty().set("688012345678");
        tracking.submit();

        assertThat(tracking.errorProperty().get()).isEmpty();
        assertThat(tracking.savedProperty().get()).contains("688012345678");
        assertThat(tracking.lines()).extracting(l -> l.item().itemCode()).containsExactly("20261125-0000001-02");
        assertThat(model.state(model.selectedProperty().get())).isEqualTo("일부 발송");
        assertThat(tracking.carrierProperty().get()).as("the courier stays for the next parcel").isNotNull();
    }

    @Test
    void withoutACourierOrALineTheServiceSaysWhatIsMissing() {
        fx.order("20261125-0000001", line("20261125-0000001-01", "TOR-100", "선크림", 1));
        fx.syncNow();
        loadOne();
        TrackingViewModel tracking = model.tracking();
        tracking.trackingNoProperty().set("688012345678");

        tracking.submit();
        assertThat(tracking.errorProperty().get()).isEqualTo(fx.messages.get("tracking.unknown.carrier"));

        tracking.carrierProperty().set(tracking.carriers().get(1));
        tracking.lines().get(0).selectedProperty().set(false);
        tracking.submit();
        assertThat(tracking.errorProperty().get()).isEqualTo(fx.messages.get("tracking.no.lines"));
        assertThat(fx.shipmentsQueued()).isZero();
    }

    @Test
    void aCanceledOrderTakesNoTrackingNumber() {
        fx.product("RND-200", "독도 토너");
        fx.order("20261125-0000001", line("20261125-0000001-01", "TOR-100", "선크림", 1));
        com.mallboard.sync.RemoteOrder placed = fx.remote.orders.remove(0);
        fx.remote.orders.add(new com.mallboard.sync.RemoteOrder(placed.orderId(), placed.orderedAt(), true, true,
                placed.paymentAmountWon(), placed.buyerName(), placed.receiver(), placed.items()));
        fx.syncNow();
        StoredOrder order = loadOne();

        assertThat(OrderState.of(order)).isEqualTo(OrderState.CANCELED);
        assertThat(model.tracking().openProperty().get()).isFalse();
    }
}
