package com.mallboard.store;

import static com.mallboard.store.generated.Tables.ITEM_MAPPING;
import static com.mallboard.store.generated.Tables.MALL_ORDER;
import static com.mallboard.store.generated.Tables.MALL_ORDER_ITEM;
import static com.mallboard.store.generated.Tables.PRODUCT;
import static com.mallboard.store.generated.Tables.PRODUCT_OPTION;

import com.mallboard.store.generated.tables.records.MallOrderItemRecord;
import com.mallboard.store.generated.tables.records.MallOrderRecord;
import com.mallboard.sync.OrderSaveResult;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Saves one pull of orders inside one transaction. A line is matched by our option SKU (the variant's custom code),
 * then our product SKU, then the user's mapping. An order already known (same mall, same order id) is updated in
 * place, so pulling overlapping windows never duplicates anything. A tracking number entered in Mallboard is kept
 * when the mall does not report one yet. Personal data deleted after its retention is not written back by a later pull.
 */
final class OrderWriter {
    private final DSLContext tx;
    private final int mallRef;
    private final String fetchedAt;
    private final Map<String, Integer> mappings = new HashMap<>();
    private Map<String, Integer> productsBySku = Map.of();
    private Map<String, Integer> productsByOptionSku = Map.of();

    OrderWriter(DSLContext tx, long mallRef, Instant fetchedAt) {
        this.tx = tx;
        this.mallRef = (int) mallRef;
        this.fetchedAt = fetchedAt.toString();
    }

    OrderSaveResult saveAll(List<RemoteOrder> orders) {
        Set<String> codes = orders.stream().flatMap(o -> o.items().stream()).map(RemoteOrderItem::customProductCode)
                .filter(c -> c != null && !c.isBlank()).collect(Collectors.toSet());
        productsBySku = tx.select(PRODUCT.SKU, PRODUCT.ID).from(PRODUCT).where(PRODUCT.SKU.in(codes))
                .fetchMap(PRODUCT.SKU, PRODUCT.ID);
        Set<String> variantCodes = orders.stream().flatMap(o -> o.items().stream())
                .map(RemoteOrderItem::customVariantCode).filter(c -> c != null).collect(Collectors.toSet());
        productsByOptionSku = tx.select(PRODUCT_OPTION.SKU, PRODUCT_OPTION.PRODUCT_ID).from(PRODUCT_OPTION)
                .where(PRODUCT_OPTION.SKU.in(variantCodes)).fetchMap(PRODUCT_OPTION.SKU, PRODUCT_OPTION.PRODUCT_ID);
        tx.selectFrom(ITEM_MAPPING).where(ITEM_MAPPING.MALL_REF.eq(mallRef))
                .forEach(m -> mappings.put(m.getItemKey(), m.getProductId()));
        OrderSaveResult total = new OrderSaveResult(0, 0, 0);
        for (RemoteOrder order : orders) {
            total = total.plus(save(order));
        }
        return total;
    }

    private OrderSaveResult save(RemoteOrder order) {
        MallOrderRecord row = tx.selectFrom(MALL_ORDER).where(MALL_ORDER.MALL_REF.eq(mallRef))
                .and(MALL_ORDER.ORDER_ID.eq(order.orderId())).fetchOne();
        boolean added = row == null;
        if (added) {
            row = tx.newRecord(MALL_ORDER);
            row.setMallRef(mallRef);
            row.setOrderId(order.orderId());
        }
        row.setOrderedAt(order.orderedAt().toString());
        row.setPaid(order.paid() ? 1 : 0);
        row.setCanceled(order.canceled() ? 1 : 0);
        row.setPaymentAmount(order.paymentAmountWon());
        if (row.getPersonalDataPurgedAt() == null) {
            row.setBuyerName(order.buyerName());
            writeReceiver(row, order.receiver());
        }
        if (row.getDeliveredAt() == null && order.delivered()) {
            row.setDeliveredAt(fetchedAt);
        }
        row.setFetchedAt(fetchedAt);
        row.store();
        int unmatched = 0;
        for (RemoteOrderItem item : order.items()) {
            unmatched += saveItem(row.getId(), item) ? 0 : 1;
        }
        return new OrderSaveResult(added ? 1 : 0, added ? 0 : 1, unmatched);
    }

    /** Returns whether the line is matched to a product. */
    private boolean saveItem(int orderRef, RemoteOrderItem item) {
        MallOrderItemRecord row = tx.selectFrom(MALL_ORDER_ITEM).where(MALL_ORDER_ITEM.ORDER_REF.eq(orderRef))
                .and(MALL_ORDER_ITEM.ITEM_CODE.eq(item.orderItemCode())).fetchOne();
        if (row == null) {
            row = tx.newRecord(MALL_ORDER_ITEM);
            row.setOrderRef(orderRef);
            row.setItemCode(item.orderItemCode());
        }
        row.setCustomProductCode(item.customProductCode());
        row.setCustomVariantCode(item.customVariantCode());
        row.setProductName(item.productName());
        row.setOptionValue(item.optionValue());
        row.setQuantity(item.quantity());
        row.setPrice(item.priceWon());
        row.setMallStatus(item.status());
        if (item.trackingNo() != null && !item.trackingNo().isBlank()) {
            row.setTrackingNo(item.trackingNo());
            row.setCarrierCode(item.carrierCode());
        }
        Integer productId = item.customVariantCode() == null ? null : productsByOptionSku.get(item.customVariantCode());
        if (productId == null) {
            productId = productsBySku.get(item.customProductCode());
        }
        if (productId == null) {
            productId = mappings.get(OrderItemKeys.of(item.customProductCode(), item.productName(), item.optionValue()));
        }
        if (productId != null || row.getProductId() == null) {
            row.setProductId(productId);
        }
        row.store();
        return row.getProductId() != null;
    }

    private static void writeReceiver(MallOrderRecord row, Receiver r) {
        if (r == null) {
            return;
        }
        row.setReceiverName(r.name());
        row.setReceiverPhone(r.phone());
        row.setReceiverCellphone(r.cellphone());
        row.setReceiverZipcode(r.zipcode());
        row.setReceiverAddress1(r.address1());
        row.setReceiverAddress2(r.address2());
        row.setShippingMessage(r.shippingMessage());
    }
}
