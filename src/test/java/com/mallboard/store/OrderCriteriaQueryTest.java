package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.sync.InvalidSyncInputException;
import com.mallboard.sync.Mall;
import com.mallboard.sync.OrderCriteria;
import com.mallboard.sync.OrderCriteria.Status;
import com.mallboard.sync.OrderedProduct;
import com.mallboard.sync.Platform;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.StoredOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing orders for a warehouse batch: by mall, Korean calendar day, status and product, on a real database. */
class OrderCriteriaQueryTest {
    /** 2026-11-20 00:00 in Korea. */
    private static final Instant NOV_20_KST = Instant.parse("2026-11-19T15:00:00Z");

    @TempDir
    Path folder;

    private TestStore store;
    private Mall glow;
    private Mall dew;
    private Product sunscreen;
    private Product toner;

    @BeforeEach
    void open() {
        store = TestStore.open(folder);
        glow = store.malls().add(mall("glowmall", "글로우몰"));
        dew = store.malls().add(mall("dewmall", "듀몰"));
        sunscreen = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100"));
        toner = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-200").toBuilder().name("토너").build());
    }

    @Test
    void statusSplitsOpenShippedAndCanceledOrders() {
        save(glow, order("OPEN", NOV_20_KST, false, line("1", "TOR-100", null)),
                order("PART", NOV_20_KST, false, line("1", "TOR-100", "688000000001"), line("2", "TOR-200", null)),
                order("SHIP", NOV_20_KST, false, line("1", "TOR-100", "688000000002")),
                order("CANC", NOV_20_KST, true, line("1", "TOR-100", null)));

        assertThat(ids(criteria(null, null, null, Status.OPEN, null))).containsExactlyInAnyOrder("OPEN", "PART");
        assertThat(ids(criteria(null, null, null, Status.SHIPPED, null))).containsExactly("SHIP");
        assertThat(ids(criteria(null, null, null, Status.CANCELED, null))).containsExactly("CANC");
        assertThat(ids(criteria(null, null, null, Status.ALL, null))).hasSize(4);
        List<StoredOrder> all = store.orders().find(criteria(null, null, null, Status.ALL, null));
        for (Status status : Status.values()) {
            assertThat(ids(criteria(null, null, null, status, null))).as("the query and the rule for %s", status)
                    .containsExactlyInAnyOrderElementsOf(all.stream().filter(status::matches)
                            .map(StoredOrder::orderId).toList());
        }
    }

    @Test
    void datesAreKoreanCalendarDaysWithBothEndsIncluded() {
        save(glow, order("BEFORE", NOV_20_KST.minusMillis(1), false, line("1", "TOR-100", null)),
                order("FIRST", NOV_20_KST, false, line("1", "TOR-100", null)),
                order("FRACTION", NOV_20_KST.plusMillis(500), false, line("1", "TOR-100", null)),
                order("LAST", NOV_20_KST.plusSeconds(2 * 86_400 - 1).plusMillis(999), false, line("1", "TOR-100", null)),
                order("AFTER", NOV_20_KST.plusSeconds(2 * 86_400), false, line("1", "TOR-100", null)));

        LocalDate from = LocalDate.of(2026, 11, 20);
        assertThat(ids(criteria(null, from, from.plusDays(1), Status.ALL, null)))
                .containsExactlyInAnyOrder("FIRST", "FRACTION", "LAST");
        assertThat(ids(criteria(null, null, from.minusDays(1), Status.ALL, null))).containsExactly("BEFORE");
        assertThat(ids(criteria(null, from.plusDays(2), null, Status.ALL, null))).containsExactly("AFTER");
    }

    @Test
    void mallAndProductNarrowTheBatchAndOrdersKeepAllTheirLines() {
        save(glow, order("G-1", NOV_20_KST, false, line("1", "TOR-100", null), line("2", "TOR-200", null)),
                order("G-2", NOV_20_KST, false, line("1", "TOR-100", null)));
        save(dew, order("D-1", NOV_20_KST, false, line("1", "TOR-200", null)));

        assertThat(ids(criteria(glow.id(), null, null, Status.OPEN, null))).containsExactlyInAnyOrder("G-1", "G-2");
        List<StoredOrder> withToner = store.orders().find(criteria(null, null, null, Status.OPEN, toner.id()));
        assertThat(withToner).extracting(StoredOrder::orderId).containsExactlyInAnyOrder("G-1", "D-1");
        assertThat(withToner).filteredOn(o -> o.orderId().equals("G-1")).singleElement()
                .satisfies(o -> assertThat(o.items()).hasSize(2));
        assertThat(ids(criteria(dew.id(), null, null, Status.OPEN, sunscreen.id()))).isEmpty();
        assertThat(store.orders().orderedProducts()).containsExactly(
                new OrderedProduct(sunscreen.id(), "TOR-100", sunscreen.name()),
                new OrderedProduct(toner.id(), "TOR-200", "토너"));
    }

    @Test
    void aBatchOfTwelveHundredOrdersComesBackWhole() {
        List<RemoteOrder> many = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            many.add(order(String.format("BIG-%04d", i), NOV_20_KST.plusSeconds(i), false,
                    line("1", "TOR-100", null), line("2", "TOR-200", null)));
        }
        store.orders().save(glow.id(), many, store.clock().instant());

        List<StoredOrder> found = store.orders().find(OrderCriteria.open());

        assertThat(found).hasSize(1_200).allSatisfy(o -> assertThat(o.items()).hasSize(2));
        assertThat(found.get(0).orderId()).isEqualTo("BIG-1199");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        LocalDate day = LocalDate.of(2026, 11, 20);

        assertThatThrownBy(() -> criteria(null, day, day.minusDays(1), Status.ALL, null))
                .isInstanceOf(InvalidSyncInputException.class).hasMessage("sheets.dates.inverted");
    }

    private static OrderCriteria criteria(Long mall, LocalDate from, LocalDate to, Status status, Long product) {
        return new OrderCriteria(mall, from, to, status, product);
    }

    private List<String> ids(OrderCriteria criteria) {
        return store.orders().find(criteria).stream().map(StoredOrder::orderId).toList();
    }

    private void save(Mall mall, RemoteOrder... orders) {
        store.orders().save(mall.id(), List.of(orders), store.clock().instant());
    }

    private static Mall mall(String mallId, String name) {
        return new Mall(0, Platform.CAFE24, mallId, 1, name, "2025-12-01", null, "c", true, false, 0);
    }

    private static RemoteOrder order(String orderId, Instant placed, boolean canceled, RemoteOrderItem... items) {
        return new RemoteOrder(orderId, placed, true, canceled, 28_000, "김민지", null, List.of(items));
    }

    private static RemoteOrderItem line(String code, String sku, String trackingNo) {
        return new RemoteOrderItem(code, sku, "선크림", null, 1, 28_000, "N10", trackingNo,
                trackingNo == null ? null : "0006", null);
    }
}
