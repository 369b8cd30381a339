package com.mallboard.store;

import static com.mallboard.store.generated.Tables.ITEM_MAPPING;
import static com.mallboard.store.generated.Tables.MALL_ORDER;
import static com.mallboard.store.generated.Tables.MALL_ORDER_ITEM;
import static com.mallboard.store.generated.Tables.OUTBOX_JOB;
import static com.mallboard.store.generated.Tables.SHIPMENT;

import com.mallboard.store.generated.tables.records.MallOrderItemRecord;
import com.mallboard.store.generated.tables.records.ShipmentRecord;
import com.mallboard.sync.JobKind;
import com.mallboard.sync.InvalidSyncInputException;
import com.mallboard.sync.JobStatus;
import com.mallboard.sync.NewShipment;
import com.mallboard.sync.OpenOrders;
import com.mallboard.sync.OrderCriteria;
import com.mallboard.sync.OrderRepository;
import com.mallboard.sync.OrderSaveResult;
import com.mallboard.sync.OrderTimes;
import com.mallboard.sync.OrderedProduct;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.ShipmentRequest;
import com.mallboard.sync.ShipmentTarget;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.UnmatchedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Orders from the malls, their lines' matches, and the shipments going back through the outbox. */
public class JooqOrderRepository implements OrderRepository {
    private final DSLContext dsl;
    private final OrderReader reader;

    public JooqOrderRepository(DSLContext dsl) {
        this(dsl, true);
    }

    /** @param readsPersonalData whether this person may read receivers' columns (team mode: the warehouse only) */
    public JooqOrderRepository(DSLContext dsl, boolean readsPersonalData) {
        this.dsl = dsl;
        this.reader = new OrderReader(dsl, readsPersonalData);
    }

    @Override
    public OrderSaveResult save(long mallRef, List<RemoteOrder> orders, Instant fetchedAt) {
        return dsl.transactionResult(cfg -> new OrderWriter(cfg.dsl(), mallRef, fetchedAt).saveAll(orders));
    }

    @Override
    public Map<Long, OrderTimes> times(OrderCriteria criteria) {
        return reader.times(criteria);
    }

    @Override
    public List<StoredOrder> recent(int limit) {
        return reader.recent(limit);
    }

    @Override
    public Optional<StoredOrder> find(long orderRef) {
        return reader.find(orderRef);
    }

    @Override
    public List<StoredOrder> find(OrderCriteria criteria) {
        return reader.find(criteria);
    }

    @Override
    public List<OrderedProduct> orderedProducts() {
        return reader.orderedProducts();
    }

    @Override
    public List<StoredOrder> findByOrderId(String mallOrderId) {
        return reader.byOrderId(mallOrderId);
    }

    @Override
    public List<String> openOrderIds(long mallRef) {
        return dsl.selectDistinct(MALL_ORDER.ORDER_ID).from(MALL_ORDER).join(MALL_ORDER_ITEM)
                .on(MALL_ORDER_ITEM.ORDER_REF.eq(MALL_ORDER.ID))
                .where(MALL_ORDER.MALL_REF.eq((int) mallRef)).and(MALL_ORDER.CANCELED.eq(0))
                .and(MALL_ORDER_ITEM.TRACKING_NO.isNull()).orderBy(MALL_ORDER.ORDER_ID).fetch(MALL_ORDER.ORDER_ID);
    }

    @Override
    public Map<Long, OpenOrders> openOrders() {
        return openOrders(DSL.trueCondition());
    }

    @Override
    public Map<Long, OpenOrders> openOrdersOf(Collection<Long> productIds) {
        return openOrders(MALL_ORDER_ITEM.PRODUCT_ID.in(productIds.stream().map(Long::intValue).toList()));
    }

    /** Matched lines without a tracking number, in orders not canceled, minus lines the mall canceled on their own. */
    private Map<Long, OpenOrders> openOrders(Condition which) {
        Field<Integer> orders = DSL.countDistinct(MALL_ORDER_ITEM.ORDER_REF);
        Field<Integer> quantity = DSL.sum(MALL_ORDER_ITEM.QUANTITY).cast(Integer.class);
        Map<Long, OpenOrders> open = new HashMap<>();
        dsl.select(MALL_ORDER_ITEM.PRODUCT_ID, orders, quantity).from(MALL_ORDER_ITEM).join(MALL_ORDER)
                .on(MALL_ORDER.ID.eq(MALL_ORDER_ITEM.ORDER_REF))
                .where(which).and(MALL_ORDER_ITEM.PRODUCT_ID.isNotNull()).and(MALL_ORDER_ITEM.TRACKING_NO.isNull())
                .and(MALL_ORDER.CANCELED.eq(0))
                .and(MALL_ORDER_ITEM.MALL_STATUS.isNull()
                        .or(MALL_ORDER_ITEM.MALL_STATUS.notLike(OpenOrders.CANCELED_LINE_STATUS_PREFIX + "%")))
                .groupBy(MALL_ORDER_ITEM.PRODUCT_ID)
                .forEach(r -> open.put(r.get(MALL_ORDER_ITEM.PRODUCT_ID).longValue(),
                        new OpenOrders(r.get(orders), r.get(quantity))));
        return open;
    }

    @Override
    public List<UnmatchedItem> unmatched() {
        return reader.unmatched();
    }

    @Override
    public int map(long mallRef, String itemKey, long productId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.insertInto(ITEM_MAPPING).set(ITEM_MAPPING.MALL_REF, (int) mallRef).set(ITEM_MAPPING.ITEM_KEY, itemKey)
                    .set(ITEM_MAPPING.PRODUCT_ID, (int) productId)
                    .onConflict(ITEM_MAPPING.MALL_REF, ITEM_MAPPING.ITEM_KEY).doUpdate()
                    .set(ITEM_MAPPING.PRODUCT_ID, (int) productId).execute();
            int matched = 0;
            for (MallOrderItemRecord item : tx.selectFrom(MALL_ORDER_ITEM).where(MALL_ORDER_ITEM.PRODUCT_ID.isNull())
                    .and(MALL_ORDER_ITEM.ORDER_REF.in(DSL.select(MALL_ORDER.ID).from(MALL_ORDER)
                            .where(MALL_ORDER.MALL_REF.eq((int) mallRef)))).fetch()) {
                if (OrderItemKeys.of(item.getCustomProductCode(), item.getProductName(), item.getOptionValue())
                        .equals(itemKey)) {
                    item.setProductId((int) productId);
                    item.update();
                    matched++;
                }
            }
            return matched;
        });
    }

    @Override
    public long recordShipment(long orderRef, Collection<String> itemCodes, String trackingNo, String carrierCode,
            String who, Instant at) {
        return dsl.transactionResult(cfg -> insertShipment(cfg.dsl(), orderRef, itemCodes, trackingNo, carrierCode,
                who, at));
    }

    @Override
    public List<Long> recordShipments(List<NewShipment> shipments, String who, Instant at) {
        return dsl.transactionResult(cfg -> {
            List<Long> ids = new ArrayList<>();
            for (NewShipment s : shipments) {
                if (cfg.dsl().fetchExists(MALL_ORDER_ITEM, MALL_ORDER_ITEM.ORDER_REF.eq((int) s.order().id())
                        .and(MALL_ORDER_ITEM.ITEM_CODE.in(s.itemCodes())).and(MALL_ORDER_ITEM.TRACKING_NO.isNotNull()))) {
                    throw new InvalidSyncInputException("tracking.shipped.meanwhile");
                }
                ids.add(insertShipment(cfg.dsl(), s.order().id(), s.itemCodes(), s.trackingNo(), s.carrierCode(), who,
                        at));
            }
            return ids;
        });
    }

    private static long insertShipment(DSLContext tx, long orderRef, Collection<String> itemCodes, String trackingNo,
            String carrierCode, String who, Instant at) {
        int mallRef = tx.select(MALL_ORDER.MALL_REF).from(MALL_ORDER).where(MALL_ORDER.ID.eq((int) orderRef))
                .fetchSingle(MALL_ORDER.MALL_REF);
        ShipmentRecord shipment = tx.newRecord(SHIPMENT);
        shipment.setOrderRef((int) orderRef);
        shipment.setTrackingNo(trackingNo);
        shipment.setCarrierCode(carrierCode);
        shipment.setItemCodes(String.join(",", itemCodes));
        shipment.setCreatedAt(at.toString());
        shipment.setCreatedBy(who);
        shipment.store();
        tx.update(MALL_ORDER_ITEM).set(MALL_ORDER_ITEM.TRACKING_NO, trackingNo)
                .set(MALL_ORDER_ITEM.CARRIER_CODE, carrierCode)
                .where(MALL_ORDER_ITEM.ORDER_REF.eq((int) orderRef)).and(MALL_ORDER_ITEM.ITEM_CODE.in(itemCodes))
                .execute();
        OutboxWriter.enqueue(tx, mallRef, JobKind.PUSH_SHIPMENT, shipment.getId(), at);
        return (long) shipment.getId();
    }

    @Override
    public Optional<ShipmentTarget> shipmentTarget(long shipmentId) {
        return dsl.select(SHIPMENT.asterisk(), MALL_ORDER.ORDER_ID, MALL_ORDER.MALL_REF).from(SHIPMENT)
                .join(MALL_ORDER).on(MALL_ORDER.ID.eq(SHIPMENT.ORDER_REF)).where(SHIPMENT.ID.eq((int) shipmentId))
                .fetchOptional(r -> {
                    ShipmentRecord s = r.into(SHIPMENT);
                    ShipmentRequest request = new ShipmentRequest(r.get(MALL_ORDER.ORDER_ID),
                            Arrays.asList(s.getItemCodes().split(",")), s.getTrackingNo(), s.getCarrierCode());
                    return new ShipmentTarget(s.getId(), r.get(MALL_ORDER.MALL_REF), request, s.getShippingCode());
                });
    }

    @Override
    public void confirmShipment(long jobId, long shipmentId, String shippingCode, Instant at) {
        dsl.transaction(cfg -> {
            cfg.dsl().update(SHIPMENT).set(SHIPMENT.SHIPPING_CODE, shippingCode).set(SHIPMENT.CONFIRMED_AT, at.toString())
                    .where(SHIPMENT.ID.eq((int) shipmentId)).execute();
            cfg.dsl().update(OUTBOX_JOB).set(OUTBOX_JOB.STATUS, JobStatus.DONE.name())
                    .set(OUTBOX_JOB.UPDATED_AT, at.toString()).where(OUTBOX_JOB.ID.eq((int) jobId)).execute();
        });
    }
}
