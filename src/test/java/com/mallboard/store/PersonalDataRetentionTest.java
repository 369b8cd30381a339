package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.sync.InvalidSyncInputException;
import com.mallboard.sync.Mall;
import com.mallboard.sync.PersonalDataRetention;
import com.mallboard.sync.Platform;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.StoredOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receivers' personal data leaves the store once its retention after delivery has passed, and does not come back. */
class PersonalDataRetentionTest {
    private static final Receiver MINJI = new Receiver("김민지", "02-123-4567", "010-1234-5678", "06236",
            "서울특별시 강남구 테헤란로 1", "101동 202호", "문 앞에 놓아 주세요");

    @TempDir
    Path folder;

    private TestStore store;
    private Mall glow;
    private PersonalDataRetention retention;

    @BeforeEach
    void open() {
        store = TestStore.open(folder);
        glow = store.malls().add(new Mall(0, Platform.CAFE24, "glowmall", 1, "글로우몰", "2025-12-01", null, "c", true,
                false, 0));
        retention = new PersonalDataRetention(new JooqPersonalDataRepository(store.dsl()), store.settings(),
                store.clock());
    }

    @Test
    void ninetyDaysAfterDeliveryTheReceiverIsGoneButTheOrderStays() {
        pull(order("O-1", "N40", "688012345678"));
        store.clock().advance(Duration.ofDays(89));
        assertThat(retention.purgeExpired()).isZero();
        assertThat(stored("O-1").receiver().name()).isEqualTo("김민지");

        store.clock().advance(Duration.ofDays(2));
        assertThat(retention.purgeExpired()).isEqualTo(1);

        StoredOrder order = stored("O-1");
        assertThat(order.receiver()).isEqualTo(new Receiver(null, null, null, null, null, null, null));
        assertThat(order.items()).singleElement().satisfies(i -> assertThat(i.trackingNo()).isEqualTo("688012345678"));
        assertThat(order.paymentAmountWon()).isEqualTo(28_000);
    }

    @Test
    void aLaterPullOfThePurgedOrderDoesNotBringThePersonalDataBack() {
        pull(order("O-1", "N40", "688012345678"));
        store.clock().advance(Duration.ofDays(91));
        retention.purgeExpired();

        pull(order("O-1", "N50", "688012345678"));

        assertThat(stored("O-1").receiver().name()).isNull();
        assertThat(stored("O-1").receiver().address1()).isNull();
    }

    @Test
    void ordersNotYetDeliveredKeepTheirReceiverHoweverOld() {
        pull(order("O-1", "N20", null), order("O-2", "N30", null));
        store.clock().advance(Duration.ofDays(400));

        assertThat(retention.purgeExpired()).isZero();
        assertThat(stored("O-1").receiver().name()).isEqualTo("김민지");
    }

    @Test
    void deliveryCountsFromWhenTheMallFirstReportedItNotFromTheOrder() {
        pull(order("O-1", "N30", "688012345678"));
        store.clock().advance(Duration.ofDays(60));
        pull(order("O-1", "N40", "688012345678"));
        store.clock().advance(Duration.ofDays(60));

        assertThat(retention.purgeExpired()).as("120 days after the order, 60 after delivery").isZero();
        store.clock().advance(Duration.ofDays(31));
        assertThat(retention.purgeExpired()).isEqualTo(1);
    }

    @Test
    void canceledOrdersAndShippedOrdersNeverReportedDeliveredCountFromTheOrderDate() {
        pull(canceled("O-1"), order("O-2", "N30", "688012345678"), order("O-3", "N10", null));
        store.clock().advance(Duration.ofDays(91));

        assertThat(retention.purgeExpired()).isEqualTo(2);
        assertThat(stored("O-3").receiver().name()).isEqualTo("김민지");
    }

    @Test
    void aShorterRetentionChosenByTheUserIsUsedAndRemembered() {
        pull(order("O-1", "N40", "688012345678"));
        store.clock().advance(Duration.ofDays(8));
        assertThat(retention.purgeExpired()).isZero();

        retention.setDays(7);

        assertThat(new PersonalDataRetention(new JooqPersonalDataRepository(store.dsl()), store.settings(),
                store.clock()).days()).isEqualTo(7);
        assertThat(retention.purgeExpired()).isEqualTo(1);
    }

    @Test
    void aRetentionOutsideOneDayToTenYearsIsRefusedAndTheOldOneKept() {
        assertThatThrownBy(() -> retention.setDays(0)).isInstanceOf(InvalidSyncInputException.class)
                .hasMessage("privacy.retention.invalid");
        assertThatThrownBy(() -> retention.setDays(3651)).isInstanceOf(InvalidSyncInputException.class);
        store.settings().put("privacy.retention.days", "soon");

        assertThat(retention.days()).isEqualTo(PersonalDataRetention.DEFAULT_DAYS);
    }

    private void pull(RemoteOrder... orders) {
        store.orders().save(glow.id(), List.of(orders), store.clock().instant());
    }

    private StoredOrder stored(String orderId) {
        return store.orders().recent(100).stream().filter(o -> o.orderId().equals(orderId)).findFirst().orElseThrow();
    }

    private RemoteOrder order(String orderId, String status, String trackingNo) {
        return new RemoteOrder(orderId, placedAt(), true, false, 28_000, "김민지", MINJI, List.of(new RemoteOrderItem(
                orderId + "-01", "TOR-100", "선크림", null, 1, 28_000, status, trackingNo,
                trackingNo == null ? null : "0006", null)));
    }

    private RemoteOrder canceled(String orderId) {
        return new RemoteOrder(orderId, placedAt(), false, true, 28_000, "김민지", MINJI, List.of(new RemoteOrderItem(
                orderId + "-01", "TOR-100", "선크림", null, 1, 28_000, "C40", null, null, null)));
    }

    private Instant placedAt() {
        return TestClock.START.minusSeconds(600);
    }
}
