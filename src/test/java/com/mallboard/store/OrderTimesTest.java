package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.sync.Carrier;
import com.mallboard.sync.OrderCriteria;
import com.mallboard.sync.OrderTimes;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.SyncFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderTimesTest {
    @TempDir
    Path folder;

    @Test
    void eachLineKeepsTheDateOfItsFirstShipmentAndPurgedOrdersTheirPurgeDate() {
        SyncFixture fx = new SyncFixture(folder);
        Instant start = fx.store.clock().instant();
        fx.store.malls().replaceCarriers(fx.mall().id(), List.of(new Carrier("0006", "CJ대한통운")), start);
        fx.order("SPLIT", SyncFixture.line("1", "A-1", "토너", 1), SyncFixture.line("2", "B-2", "크림", 1));
        fx.order("OPEN", SyncFixture.line("1", "A-1", "토너", 1));
        fx.storeOrdersWithoutSync();
        StoredOrder split = fx.orders.findByOrderId("SPLIT").get(0);
        fx.orders.recordTracking(split, List.of("1"), "T-1", "0006");
        fx.store.clock().advance(Duration.ofDays(1));
        fx.orders.recordTracking(fx.orders.findByOrderId("SPLIT").get(0), List.of("2"), "T-2", "0006");
        Instant later = fx.store.clock().instant();
        new JooqPersonalDataRepository(fx.store.dsl()).purgeBefore(later, later);

        Map<Long, OrderTimes> times = fx.orders.times(new OrderCriteria(null, null, null, null, null));

        assertThat(times).containsOnlyKeys(split.id());
        OrderTimes splitTimes = times.get(split.id());
        assertThat(splitTimes.shippedAt("1")).isEqualTo(start);
        assertThat(splitTimes.shippedAt("2")).isEqualTo(later);
        assertThat(splitTimes.personalDataPurged()).isTrue();
        assertThat(splitTimes.personalDataPurgedAt()).isEqualTo(later);
        assertThat(fx.orders.times(new OrderCriteria(fx.mall().id() + 1, null, null, null, null))).isEmpty();
    }
}
