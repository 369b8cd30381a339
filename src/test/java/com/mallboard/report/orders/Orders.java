package com.mallboard.report.orders;

import com.mallboard.common.Messages;
import com.mallboard.report.ReportFilter;
import com.mallboard.report.ReportRequest;
import com.mallboard.sync.OrderTimes;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Stored orders built in memory for the counting tests: the records the store returns, without a store. */
final class Orders {
    static final Receiver RECEIVER = new Receiver("김민지", "02-123-4567", "010-1234-5678", "06236",
            "서울특별시 강남구 테헤란로 1", "101동 202호", "문 앞에 놓아 주세요");
    static final Messages ENGLISH = new Messages(Messages.ENGLISH);
    private static long nextId = 1;

    private Orders() {
    }

    static StoredOrder order(long mallRef, String orderedAt, boolean canceled, StoredOrderItem... lines) {
        long id = nextId++;
        return new StoredOrder(id, mallRef, "Mall " + mallRef, "O-" + id, Instant.parse(orderedAt), true, canceled,
                0, RECEIVER, List.of(lines));
    }

    static StoredOrderItem line(String code, String sku, int quantity, long price) {
        return new StoredOrderItem(code, sku, "Product " + sku, null, quantity, price, "N10", null, null, null, null);
    }

    static StoredOrderItem shippedLine(String code, String sku, int quantity, long price, String tracking,
                                       String carrier) {
        return new StoredOrderItem(code, sku, "Product " + sku, null, quantity, price, "N30", tracking, carrier, null,
                null);
    }

    static StoredOrderItem canceledLine(String code, String sku, int quantity, long price) {
        return new StoredOrderItem(code, sku, "Product " + sku, null, quantity, price, "C40", null, null, null, null);
    }

    static StoredOrderItem lineOf(long productId, String code, int quantity, long price) {
        return new StoredOrderItem(code, "SKU-" + productId, "Product " + productId, null, quantity, price, "N10", null,
                null, productId, null);
    }

    static ReportRequest period(String from, String to) {
        return new ReportRequest(ENGLISH, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), ReportFilter.NONE, false);
    }

    static List<ReportOrder> select(ReportRequest request, StoredOrder... orders) {
        return ReportOrders.select(List.of(orders), Map.of(), request, Map.of());
    }

    static OrderTimes shippedAt(StoredOrder order, String itemCode, String at) {
        return new OrderTimes(order.id(), null, Map.of(itemCode, Instant.parse(at)));
    }
}
