package com.mallboard.shipping.documents;

import static com.mallboard.shipping.documents.ShippingSamples.LOOKUP;
import static com.mallboard.shipping.documents.ShippingSamples.item;
import static com.mallboard.shipping.documents.ShippingSamples.kim;
import static com.mallboard.shipping.documents.ShippingSamples.lee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mallboard.sync.StoredOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickListTest {

    @Test
    void twoOrdersOfTheSameTonerBecomeOneLineWalkedByLocationWithUnlocatedLast() {
        PickList list = PickList.of(List.of(kim(), lee()), LOOKUP);

        assertThat(list.orderCount()).isEqualTo(2);
        assertThat(list.lines()).extracting(PickLine::sku, PickLine::location, PickLine::quantity)
                .containsExactly(
                        tuple("CUSHION-21", "A-01-01", 1),
                        tuple("TONER-200", "A-01-03", 3),
                        tuple("CREAM-050", "B-02-01", 3),
                        tuple("GIFT-SAMPLE", null, 1));
        assertThat(list.totalQuantity()).isEqualTo(8);
        assertThat(list.lines().get(1).barcode()).isEqualTo(ShippingSamples.TONER_EAN);
    }

    @Test
    void differentOptionsOfOneProductStaySeparateAndUnlocatedLinesSortBySku() {
        StoredOrder order = ShippingSamples.order(3, "O-3", "몰", null, ShippingSamples.receiver("박지훈", "대전"),
                List.of(item(4L, "C", "쿠션", "23호", 1), item(4L, "C", "쿠션", "21호", 2),
                        item(3L, "S", "세럼", null, 1), item(null, "ZZ-1", "미매칭", null, 1),
                        item(null, "AA-1", "미매칭", null, 4)));

        PickList list = PickList.of(List.of(order), LOOKUP);

        assertThat(list.lines()).extracting(PickLine::sku, PickLine::option, PickLine::quantity)
                .containsExactly(
                        tuple("CUSHION-21", "21호", 2),
                        tuple("CUSHION-21", "23호", 1),
                        tuple("AA-1", null, 4),
                        tuple("SERUM-030", null, 1),
                        tuple("ZZ-1", null, 1));
    }

    @Test
    void canceledOrdersAreNotPicked() {
        StoredOrder k = kim();
        StoredOrder canceled = new StoredOrder(k.id(), k.mallRef(), k.mallName(), k.orderId(), k.orderedAt(), true,
                true, 0, k.receiver(), k.items());

        PickList list = PickList.of(List.of(canceled, lee()), LOOKUP);

        assertThat(list.orderCount()).isEqualTo(1);
        assertThat(list.lines()).extracting(PickLine::sku).doesNotContain("CUSHION-21");
    }

    @Test
    void theWarehousesWalkingOrderComesFirstThenOtherLocationsByTextThenUnlocatedLines() {
        PickList list = PickList.from(List.of(kim(), lee()), PickLookup.byProduct(LOOKUP),
                com.mallboard.product.WarehouseLocations.walkOrder(List.of("B-02-01", "a-01-03")));

        assertThat(list.lines()).extracting(PickLine::location).containsExactly("B-02-01", "A-01-03", "A-01-01", null);
    }
}
