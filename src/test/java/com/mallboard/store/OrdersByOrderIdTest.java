package com.mallboard.store;

import static com.mallboard.sync.SyncFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.sync.Mall;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import com.mallboard.sync.SyncFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packing bench finds an order by the id printed on its slip, in every mall, with all its lines. */
class OrdersByOrderIdTest {
    @TempDir
    Path folder;

    @Test
    void anOrderIdFindsTheOrderWithItsLinesAndReceiver() {
        SyncFixture fx = new SyncFixture(folder);
        fx.product("TOR-100", "토리든 선크림");
        fx.order("20261125-0000001", line("A-01", "TOR-100", "선크림", 2), line("A-02", "NOT-OURS", "남의 상품", 1));
        fx.order("20261125-0000002", line("B-01", "TOR-100", "선크림", 1));
        fx.storeOrdersWithoutSync();

        assertThat(fx.orders.findByOrderId("20261125-0000001")).singleElement().satisfies(order -> {
            assertThat(order.mallName()).isEqualTo("글로우몰");
            assertThat(order.receiver().name()).isEqualTo("김민지");
            assertThat(order.items()).extracting(StoredOrderItem::itemCode).containsExactly("A-01", "A-02");
            assertThat(order.items().get(0).productId()).isNotNull();
            assertThat(order.items().get(1).productId()).isNull();
        });
        assertThat(fx.orders.findByOrderId("20261125-0009999")).isEmpty();
        assertThat(fx.orders.findByOrderId("20261125-000000")).as("no prefix match").isEmpty();
    }

    @Test
    void twoMallsWithTheSameOrderIdGiveBothOrders() {
        SyncFixture fx = new SyncFixture(folder);
        Mall other = fx.addMall("rosemall", "로즈몰");
        fx.order("20261125-0000001", line("A-01", "TOR-100", "선크림", 1));
        fx.storeOrdersWithoutSync();
        fx.store.orders().save(other.id(), fx.remote.orders, fx.store.clock().instant());

        assertThat(fx.orders.findByOrderId("20261125-0000001")).extracting(StoredOrder::mallName)
                .containsExactlyInAnyOrder("글로우몰", "로즈몰");
    }
}
