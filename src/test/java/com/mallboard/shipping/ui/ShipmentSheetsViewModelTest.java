package com.mallboard.shipping.ui;

import static com.mallboard.shipping.SheetsFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.common.TaskExecutor;
import com.mallboard.shipping.SheetsFixture;
import com.mallboard.shipping.documents.SlipOrder;
import com.mallboard.shipping.pdf.PageLayout;
import com.mallboard.sync.Mall;
import com.mallboard.sync.OrderCriteria;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.StoredOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShipmentSheetsViewModelTest {
    /** 2026-11-20 10:00 in Korea. */
    private static final Instant NOV_20 = Instant.parse("2026-11-20T01:00:00Z");

    @TempDir
    Path folder;

    private SheetsFixture fixture;
    private ShipmentSheetsViewModel model;

    @BeforeEach
    void open() {
        fixture = new SheetsFixture(folder);
        fixture.product("CREAM-1", "수분 크림", "B-01-2");
        fixture.product("TONER-1", "어성초 토너", "A-02-1");
        fixture.order("O-20", "김민지", NOV_20, line("1", "CREAM-1", 2));
        fixture.order("O-21", "이서준", NOV_20.plusSeconds(86_400), line("1", "TONER-1", 1), line("2", "CREAM-1", 1));
        fixture.order("O-22", "박지우", NOV_20.plusSeconds(2 * 86_400), line("1", "TONER-1", 3));
        fixture.storeOrders();
        model = new ShipmentSheetsViewModel(fixture.sheets, new SameThreadTaskExecutor(), fixture.fx.messages,
                fixture.fx.formats, fixture.fx.store.clock());
        model.load();
    }

    @Test
    void openingShowsEveryOpenOrderWithNothingInTheBatchYet() {
        assertThat(orderIds()).containsExactly("O-22", "O-21", "O-20");
        assertThat(model.batch()).isEmpty();
        assertThat(model.batchOrdersProperty().get()).isZero();
        assertThat(model.malls()).extracting(FilterChoice::label).containsExactly("모든 쇼핑몰", "글로우몰");
        assertThat(model.products()).extracting(FilterChoice::label)
                .containsExactly("모든 상품", "CREAM-1 · 수분 크림", "TONER-1 · 어성초 토너");
    }

    @Test
    void eachFilterSearchesAgain() {
        model.fromProperty().set(LocalDate.of(2026, 11, 21));
        assertThat(orderIds()).containsExactly("O-22", "O-21");

        model.toProperty().set(LocalDate.of(2026, 11, 21));
        assertThat(orderIds()).containsExactly("O-21");

        model.fromProperty().set(null);
        model.toProperty().set(null);
        model.productProperty().set(model.products().get(2));
        assertThat(orderIds()).containsExactly("O-22", "O-21");

        model.statusProperty().set(OrderCriteria.Status.SHIPPED);
        assertThat(orderIds()).isEmpty();
    }

    @Test
    void aMallFilterKeepsOtherMallsOrdersOut() {
        Mall dew = fixture.fx.addMall("dewmall", "듀몰");
        fixture.fx.store.orders().save(dew.id(), List.of(new RemoteOrder("D-1", NOV_20, true, false, 9_000, "최유나",
                null, List.of(line("1", "CREAM-1", 1)))), NOV_20);
        model.load();
        assertThat(orderIds()).contains("D-1");

        model.mallProperty().set(model.malls().stream().filter(c -> "듀몰".equals(c.label())).findFirst().orElseThrow());

        assertThat(orderIds()).containsExactly("D-1");
    }

    @Test
    void checkedOrdersMakeTheBatchAndCountTheirUnits() {
        model.rows().get(0).inBatchProperty().set(true);
        model.rows().get(1).inBatchProperty().set(true);

        assertThat(model.batch()).extracting(StoredOrder::orderId).containsExactly("O-22", "O-21");
        assertThat(model.batchOrdersProperty().get()).isEqualTo(2);
        assertThat(model.batchUnitsProperty().get()).isEqualTo(5);

        model.selectAll(true);
        assertThat(model.batchUnitsProperty().get()).isEqualTo(7);
        model.selectAll(false);
        assertThat(model.batch()).isEmpty();
    }

    @Test
    void ordersStillFoundStayCheckedWhenAFilterChanges() {
        model.selectAll(true);

        model.fromProperty().set(LocalDate.of(2026, 11, 21));

        assertThat(model.batch()).extracting(StoredOrder::orderId).containsExactly("O-22", "O-21");
        model.fromProperty().set(null);
        assertThat(model.batch()).extracting(StoredOrder::orderId).containsExactly("O-22", "O-21");
    }

    @Test
    void anOlderSearchAnsweringLateDoesNotReplaceTheNewerOne() {
        List<Runnable> pending = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                pending.add(() -> new SameThreadTaskExecutor().execute(task));
            }
        };
        ShipmentSheetsViewModel slow = new ShipmentSheetsViewModel(fixture.sheets, later, fixture.fx.messages,
                fixture.fx.formats, fixture.fx.store.clock());
        slow.fromProperty().set(LocalDate.of(2026, 11, 22));
        slow.fromProperty().set(LocalDate.of(2026, 11, 21));

        pending.get(1).run();
        pending.get(0).run();

        assertThat(slow.rows()).extracting(r -> r.order().orderId()).containsExactly("O-22", "O-21");
        assertThat(slow.loadingProperty().get()).isFalse();
    }

    @Test
    void aRangeEndingBeforeItStartsSaysSoAndShowsNothing() {
        model.fromProperty().set(LocalDate.of(2026, 11, 22));
        model.toProperty().set(LocalDate.of(2026, 11, 20));

        assertThat(model.errorProperty().get()).isEqualTo("종료일이 시작일보다 앞입니다.");
        assertThat(model.rows()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();

        model.toProperty().set(null);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(orderIds()).containsExactly("O-22");
    }

    @Test
    void documentsAreDrawnFromTheBatchAndTheOptionsChosenAtThatMoment() throws Exception {
        model.rows().get(2).inBatchProperty().set(true);
        model.rows().get(0).inBatchProperty().set(true);
        model.copiesProperty().set(3);
        model.layoutProperty().set(PageLayout.LABEL_4X6);
        model.slipOrderProperty().set(SlipOrder.ORDER_DATE);
        PrintableDocument slips = model.slipsDocument();
        PrintableDocument pickList = model.pickListDocument();
        model.selectAll(true);

        byte[] pdf = slips.render().call();

        assertThat(slips.title()).isEqualTo("포장 명세서 (주문 2건)");
        assertThat(slips.fileName()).endsWith(".pdf").startsWith("packing-slips-");
        assertThat(SheetsFixture.pages(pdf)).isEqualTo(6);
        String text = SheetsFixture.text(pdf);
        assertThat(text).contains("김민지", "박지우").doesNotContain("이서준");
        assertThat(text.indexOf("김민지")).isLessThan(text.indexOf("박지우"));
        String picks = SheetsFixture.text(pickList.render().call());
        assertThat(picks.indexOf("TONER-1")).isLessThan(picks.indexOf("CREAM-1"));
    }

    @Test
    void copiesOutsideOneToFiveAreKeptInside() throws Exception {
        model.rows().get(0).inBatchProperty().set(true);
        model.copiesProperty().set(9);

        assertThat(SheetsFixture.pages(model.slipsDocument().render().call())).isEqualTo(5);
    }

    @Test
    void theReceiverIsShownInFullOnThisWarehouseScreen() {
        StoredOrder order = model.rows().get(0).order();

        assertThat(model.receiver(order)).isEqualTo("박지우");
        assertThat(model.items(model.rows().get(1).order())).isEqualTo("상품 TONER-1 외 1건");
        assertThat(model.state(order)).isEqualTo("출고 대기");
    }

    private List<String> orderIds() {
        return model.rows().stream().map(r -> r.order().orderId()).toList();
    }
}
