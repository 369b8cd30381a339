package com.mallboard.sync.cafe24;

import static com.mallboard.sync.cafe24.FakeCafe24.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mallboard.sync.RemoteOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Cafe24OrdersTest extends FakeCafe24Test {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ordersAreReadWithTheirLinesReceiverAndBuyerInWholeWon() {
        server.on("GET", "/admin/orders", ok(Cafe24Samples.ordersAnswer(List.of(
                Cafe24Samples.order("20250105-0000001", "2025-01-05T10:30:00+09:00")))));

        List<RemoteOrder> orders = mall.gateway().ordersBetween(Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-10T00:00:00Z"));

        RemoteOrder order = orders.get(0);
        assertThat(order.orderedAt()).isEqualTo(Instant.parse("2025-01-05T01:30:00Z"));
        assertThat(order.paid()).isTrue();
        assertThat(order.paymentAmountWon()).isEqualTo(33000);
        assertThat(order.buyerName()).isEqualTo("김구매");
        assertThat(order.receiver().address1()).isEqualTo("서울특별시 중구 세종대로 110");
        assertThat(order.items()).singleElement().satisfies(item -> {
            assertThat(item.customProductCode()).isEqualTo("SKU-001");
            assertThat(item.quantity()).isEqualTo(2);
            assertThat(item.priceWon()).isEqualTo(15000);
            assertThat(item.status()).isEqualTo("N20");
        });
        Map<String, String> query = LoopbackRedirectListener.parameters(server.requests().get(0).query());
        assertThat(query).containsEntry("embed", "items,receivers,buyer").containsEntry("limit", "1000")
                .containsEntry("offset", "0").containsEntry("start_date", "2025-01-01T09:00:00+09:00")
                .containsEntry("end_date", "2025-01-10T09:00:00+09:00");
    }

    @Test
    void aFourMonthRangeIsAskedForInTwoWindowsOfAtMostThreeMonths() {
        server.on("GET", "/admin/orders", ok(Cafe24Samples.ordersAnswer(List.of())));

        mall.gateway().ordersBetween(Instant.parse("2024-12-31T15:00:00Z"), Instant.parse("2025-04-30T15:00:00Z"));

        List<Map<String, String>> calls = server.requests().stream()
                .map(r -> LoopbackRedirectListener.parameters(r.query())).toList();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).containsEntry("start_date", "2025-01-01T00:00:00+09:00")
                .containsEntry("end_date", "2025-04-01T00:00:00+09:00");
        assertThat(calls.get(1)).containsEntry("start_date", "2025-04-01T00:00:00+09:00")
                .containsEntry("end_date", "2025-05-01T00:00:00+09:00");
    }

    @Test
    void fullPagesAreFollowedUntilAShortOneAndDuplicatesAreKeptOnce() {
        OrderPages pages = new OrderPages(Instant.parse("2025-01-01T00:00:00Z"), 5);
        OrderReader reader = new OrderReader(pages::answer, 1, 2, 100);

        List<RemoteOrder> orders = reader.between(Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-02T00:00:00Z"));

        assertThat(orders).hasSize(5);
        assertThat(pages.offsets).containsExactly(0, 2, 4);
    }

    @Test
    void aWindowWithMoreOrdersThanPagingReachesIsSplitInHalves() {
        OrderPages pages = new OrderPages(Instant.parse("2025-01-01T00:00:00Z"), 9);
        OrderReader reader = new OrderReader(pages::answer, 1, 2, 2);

        List<RemoteOrder> orders = reader.between(Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-01T00:18:00Z"));

        assertThat(orders).extracting(RemoteOrder::orderId).doesNotHaveDuplicates().hasSize(9);
        assertThat(pages.offsets.stream().filter(o -> o > 2)).isEmpty();
    }

    @Test
    void consecutiveReadsSplitTheOrdersBetweenThemWhateverFractionsOfASecondTheBoundaryHas() {
        OrderPages pages = new OrderPages(Instant.parse("2025-01-01T00:00:00Z"), 10);
        OrderReader reader = new OrderReader(pages::answer, 1, 1000, 15000);
        Instant boundary = Instant.parse("2025-01-01T00:08:00.700Z");

        List<RemoteOrder> first = reader.between(Instant.parse("2025-01-01T00:00:00Z"), boundary);
        List<RemoteOrder> second = reader.between(boundary, Instant.parse("2025-01-02T00:00:00Z"));

        assertThat(first).hasSize(4);
        assertThat(second).hasSize(6);
    }

    /** Orders two minutes apart, served as Cafe24 would for the window and offset asked. */
    private static final class OrderPages {
        final List<Integer> offsets = new ArrayList<>();
        private final List<Instant> dates = new ArrayList<>();

        OrderPages(Instant first, int count) {
            for (int i = 0; i < count; i++) {
                dates.add(first.plus(Duration.ofMinutes(2L * i)));
            }
        }

        JsonNode answer(String path) {
            Map<String, String> query = LoopbackRedirectListener.parameters(path.substring(path.indexOf('?') + 1));
            Instant from = Cafe24Values.instant(query.get("start_date"));
            Instant to = Cafe24Values.instant(query.get("end_date"));
            int offset = Integer.parseInt(query.get("offset"));
            int limit = Integer.parseInt(query.get("limit"));
            offsets.add(offset);
            List<String> page = dates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to))
                    .skip(offset).limit(limit)
                    .map(d -> Cafe24Samples.order("O-" + d.getEpochSecond(), Cafe24Values.kst(d))).toList();
            try {
                return JSON.readTree(Cafe24Samples.ordersAnswer(page));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
