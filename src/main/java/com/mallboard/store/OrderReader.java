package com.mallboard.store;

import static com.mallboard.store.generated.Tables.MALL;
import static com.mallboard.store.generated.Tables.MALL_ORDER;
import static com.mallboard.store.generated.Tables.MALL_ORDER_ITEM;
import static com.mallboard.store.generated.Tables.PRODUCT;
import static com.mallboard.store.generated.Tables.SHIPMENT;

import com.mallboard.store.generated.tables.records.MallOrderItemRecord;
import com.mallboard.store.generated.tables.records.MallOrderRecord;
import com.mallboard.sync.OrderCriteria;
import com.mallboard.sync.OrderTimes;
import com.mallboard.sync.OrderedProduct;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import com.mallboard.sync.UnmatchedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectFieldOrAsterisk;

/**
 * Reads stored orders with their lines, and the unmatched-lines queue. On a team server only the warehouse may read
 * receivers' columns; for everyone else they are left out of the query (the server would refuse it), and the orders
 * come back with an empty receiver, which screens and reports show masked.
 */
final class OrderReader {
    /** The receiver's, the buyer's and the message's columns: the personal data the warehouse alone reads. */
    static final List<Field<String>> PERSONAL = List.of(MALL_ORDER.BUYER_NAME, MALL_ORDER.RECEIVER_NAME,
            MALL_ORDER.RECEIVER_PHONE, MALL_ORDER.RECEIVER_CELLPHONE, MALL_ORDER.RECEIVER_ZIPCODE,
            MALL_ORDER.RECEIVER_ADDRESS1, MALL_ORDER.RECEIVER_ADDRESS2, MALL_ORDER.SHIPPING_MESSAGE);

    private final DSLContext dsl;
    private final List<SelectFieldOrAsterisk> orderColumns;

    OrderReader(DSLContext dsl, boolean readsPersonalData) {
        this.dsl = dsl;
        List<SelectFieldOrAsterisk> columns = new ArrayList<>(Arrays.stream(MALL_ORDER.fields())
                .filter(field -> readsPersonalData || !PERSONAL.contains(field)).toList());
        columns.add(MALL.DISPLAY_NAME);
        this.orderColumns = List.copyOf(columns);
    }

    List<StoredOrder> recent(int limit) {
        List<Integer> ids = dsl.select(MALL_ORDER.ID).from(MALL_ORDER)
                .orderBy(MALL_ORDER.ORDERED_AT.desc(), MALL_ORDER.ID.desc()).limit(limit).fetch(MALL_ORDER.ID);
        return read(MALL_ORDER.ID.in(ids));
    }

    Optional<StoredOrder> find(long orderRef) {
        return read(MALL_ORDER.ID.eq((int) orderRef)).stream().findFirst();
    }

    List<StoredOrder> byOrderId(String mallOrderId) {
        return read(MALL_ORDER.ORDER_ID.eq(mallOrderId));
    }

    List<StoredOrder> find(OrderCriteria criteria) {
        return read(OrderConditions.of(criteria));
    }

    /** Shipments are read oldest first, so a line shipped twice (a corrected number) keeps its first date. */
    Map<Long, OrderTimes> times(OrderCriteria criteria) {
        Condition which = OrderConditions.of(criteria);
        Map<Long, Instant> purged = new HashMap<>();
        dsl.select(MALL_ORDER.ID, MALL_ORDER.PERSONAL_DATA_PURGED_AT).from(MALL_ORDER)
                .where(which.and(MALL_ORDER.PERSONAL_DATA_PURGED_AT.isNotNull()))
                .forEach(r -> purged.put(r.value1().longValue(), StoredTimes.instant(r.value2())));
        Map<Long, Map<String, Instant>> shipped = new HashMap<>();
        dsl.select(SHIPMENT.ORDER_REF, SHIPMENT.ITEM_CODES, SHIPMENT.CREATED_AT).from(SHIPMENT)
                .where(SHIPMENT.ORDER_REF.in(dsl.select(MALL_ORDER.ID).from(MALL_ORDER).where(which)))
                .orderBy(SHIPMENT.CREATED_AT, SHIPMENT.ID)
                .forEach(r -> {
                    Map<String, Instant> lines = shipped.computeIfAbsent(r.value1().longValue(), k -> new HashMap<>());
                    for (String code : r.value2().split(",")) {
                        lines.putIfAbsent(code.strip(), StoredTimes.instant(r.value3()));
                    }
                });
        Map<Long, OrderTimes> times = new HashMap<>();
        Set<Long> orders = new HashSet<>(purged.keySet());
        orders.addAll(shipped.keySet());
        for (long order : orders) {
            times.put(order, new OrderTimes(order, purged.get(order), shipped.getOrDefault(order, Map.of())));
        }
        return times;
    }

    List<OrderedProduct> orderedProducts() {
        return dsl.selectDistinct(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME).from(PRODUCT).join(MALL_ORDER_ITEM)
                .on(MALL_ORDER_ITEM.PRODUCT_ID.eq(PRODUCT.ID)).orderBy(PRODUCT.SKU)
                .fetch(r -> new OrderedProduct(r.get(PRODUCT.ID), r.get(PRODUCT.SKU), r.get(PRODUCT.NAME)));
    }

    /** Two queries whatever the number of orders: the lines of every chosen order, then the orders themselves. */
    private List<StoredOrder> read(Condition which) {
        Map<Integer, List<StoredOrderItem>> items = new LinkedHashMap<>();
        dsl.selectFrom(MALL_ORDER_ITEM).where(MALL_ORDER_ITEM.ORDER_REF.in(dsl.select(MALL_ORDER.ID).from(MALL_ORDER)
                .where(which))).orderBy(MALL_ORDER_ITEM.ITEM_CODE)
                .forEach(i -> items.computeIfAbsent(i.getOrderRef(), k -> new ArrayList<>()).add(toItem(i)));
        return dsl.select(orderColumns).from(MALL_ORDER).join(MALL)
                .on(MALL.ID.eq(MALL_ORDER.MALL_REF)).where(which)
                .orderBy(MALL_ORDER.ORDERED_AT.desc(), MALL_ORDER.ID.desc())
                .fetch(r -> toOrder(r, items.getOrDefault(r.get(MALL_ORDER.ID), List.of())));
    }

    List<UnmatchedItem> unmatched() {
        Map<String, UnmatchedItem> groups = new LinkedHashMap<>();
        dsl.select(MALL_ORDER_ITEM.asterisk(), MALL_ORDER.MALL_REF, MALL.DISPLAY_NAME).from(MALL_ORDER_ITEM)
                .join(MALL_ORDER).on(MALL_ORDER.ID.eq(MALL_ORDER_ITEM.ORDER_REF))
                .join(MALL).on(MALL.ID.eq(MALL_ORDER.MALL_REF))
                .where(MALL_ORDER_ITEM.PRODUCT_ID.isNull()).orderBy(MALL.DISPLAY_NAME, MALL_ORDER_ITEM.PRODUCT_NAME)
                .forEach(r -> {
                    MallOrderItemRecord item = r.into(MALL_ORDER_ITEM);
                    int mallRef = r.get(MALL_ORDER.MALL_REF);
                    String key = OrderItemKeys.of(item.getCustomProductCode(), item.getProductName(),
                            item.getOptionValue());
                    groups.merge(mallRef + "\u001f" + key, new UnmatchedItem(mallRef, r.get(MALL.DISPLAY_NAME), key,
                            item.getCustomProductCode(), item.getProductName(), item.getOptionValue(), 1,
                            item.getQuantity()), OrderReader::combine);
                });
        return List.copyOf(groups.values());
    }

    private static UnmatchedItem combine(UnmatchedItem a, UnmatchedItem b) {
        return new UnmatchedItem(a.mallRef(), a.mallName(), a.itemKey(), a.customProductCode(), a.productName(),
                a.optionValue(), a.lines() + b.lines(), a.quantity() + b.quantity());
    }

    private static StoredOrder toOrder(Record r, List<StoredOrderItem> items) {
        MallOrderRecord o = r.into(MALL_ORDER);
        Receiver receiver = new Receiver(o.getReceiverName(), o.getReceiverPhone(), o.getReceiverCellphone(),
                o.getReceiverZipcode(), o.getReceiverAddress1(), o.getReceiverAddress2(), o.getShippingMessage());
        long amount = o.getPaymentAmount() == null ? 0 : o.getPaymentAmount();
        return new StoredOrder(o.getId(), o.getMallRef(), r.get(MALL.DISPLAY_NAME), o.getOrderId(),
                StoredTimes.instant(o.getOrderedAt()), o.getPaid() == 1, o.getCanceled() == 1, amount, receiver, items);
    }

    private static StoredOrderItem toItem(MallOrderItemRecord i) {
        long price = i.getPrice() == null ? 0 : i.getPrice();
        Long productId = i.getProductId() == null ? null : i.getProductId().longValue();
        return new StoredOrderItem(i.getItemCode(), i.getCustomProductCode(), i.getProductName(), i.getOptionValue(),
                i.getQuantity(), price, i.getMallStatus(), i.getTrackingNo(), i.getCarrierCode(), productId,
                i.getCustomVariantCode());
    }
}
