package com.mallboard.shipping.documents;

import com.mallboard.product.Gtin;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Orders as they come back from the malls, with Korean receivers, for the shipping document tests. */
public final class ShippingSamples {
    public static final String TONER_EAN = Gtin.ean13("880123456789");
    public static final Map<Long, PickInfo> PRODUCTS = Map.of(
            1L, new PickInfo("TONER-200", "A-01-03", TONER_EAN),
            2L, new PickInfo("CREAM-050", "B-02-01", null),
            3L, new PickInfo("SERUM-030", "", "12345"),
            4L, new PickInfo("CUSHION-21", "A-01-01", null));
    public static final Function<Long, PickInfo> LOOKUP = PRODUCTS::get;

    private ShippingSamples() {
    }

    public static StoredOrderItem item(Long productId, String code, String name, String option, int quantity) {
        return new StoredOrderItem("ITEM-" + code, code, name, option, quantity, 12_000, "N20", null, null, productId, null);
    }

    public static StoredOrder order(long id, String orderId, String mall, Instant at, Receiver receiver,
            List<StoredOrderItem> items) {
        return new StoredOrder(id, 1, mall, orderId, at, true, false, 30_000, receiver, items);
    }

    public static Receiver receiver(String name, String address1) {
        return new Receiver(name, "02-123-4567", "010-9876-5432", "06236", address1, "301호",
                "부재 시 경비실에 맡겨 주세요");
    }

    public static StoredOrder kim() {
        return order(1, "20251124-0000012", "뷰티랩 공식몰", Instant.parse("2025-11-24T01:15:00Z"),
                receiver("김민수", "서울특별시 강남구 테헤란로 152 강남파이낸스센터"),
                List.of(item(1L, "TONER-200", "수분 진정 토너 200ml", null, 2),
                        item(4L, "CUSHION-21", "광채 쿠션 파운데이션", "21호 라이트", 1)));
    }

    public static StoredOrder lee() {
        return order(2, "20251123-0000007", "글로우마켓", Instant.parse("2025-11-23T09:40:00Z"),
                receiver("이서연", "부산광역시 해운대구 센텀중앙로 79"),
                List.of(item(2L, "CREAM-050", "세라마이드 장벽 크림 50ml", null, 3),
                        item(1L, "TONER-200", "수분 진정 토너 200ml", null, 1),
                        item(null, "GIFT-SAMPLE", "사은품 샘플 파우치", null, 1)));
    }
}
