package com.mallboard.sync;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Orders pulled from the malls, their lines' matches to products, and the shipments going back. */
public interface OrderRepository {

    /**
     * Inserts new orders and updates known ones (the same mall order id is one order however often it is pulled).
     * Lines are matched to products by SKU = custom product code, then by the user's mappings.
     */
    OrderSaveResult save(long mallRef, List<RemoteOrder> orders, Instant fetchedAt);

    List<StoredOrder> recent(int limit);

    Optional<StoredOrder> find(long orderRef);

    /** Every order the criteria choose, newest first, with all their lines: one query for orders, one for lines. */
    List<StoredOrder> find(OrderCriteria criteria);

    /**
     * Shipment dates per line and the personal-data purge date of every order the criteria choose, by order id (two
     * queries); orders with neither are left out.
     */
    Map<Long, OrderTimes> times(OrderCriteria criteria);

    /** Products on at least one stored order line, by SKU. */
    List<OrderedProduct> orderedProducts();

    /** Every stored order with this mall order id, in any mall (two malls may use the same id); usually one. */
    List<StoredOrder> findByOrderId(String mallOrderId);

    /** Mall order ids of orders that are neither shipped nor canceled, for reconciliation. */
    List<String> openOrderIds(long mallRef);

    /**
     * What waits to ship, per product id, for every product with at least one open line (see {@link OpenOrders}):
     * one grouped query, read when the board loads.
     */
    Map<Long, OpenOrders> openOrders();

    /** The same for a few products only, after a change on the board. */
    Map<Long, OpenOrders> openOrdersOf(Collection<Long> productIds);

    List<UnmatchedItem> unmatched();

    /** Maps an unmatched key to a product; returns how many stored lines it matched. */
    int map(long mallRef, String itemKey, long productId);

    /** Records a tracking number for lines of an order and queues it for the mall, in one transaction. */
    long recordShipment(long orderRef, Collection<String> itemCodes, String trackingNo, String carrierCode, String who,
            Instant at);

    /**
     * Records many shipments and queues each for its mall, all in one transaction: if one cannot be stored, none is.
     * A line that got a tracking number since it was read (a sync, the packing bench) refuses the whole batch with
     * {@link InvalidSyncInputException} ("tracking.shipped.meanwhile"). Returns the shipment ids in the same order.
     */
    List<Long> recordShipments(List<NewShipment> shipments, String who, Instant at);

    Optional<ShipmentTarget> shipmentTarget(long shipmentId);

    /** The mall registered the shipment: remember its code and finish the job, in one transaction. */
    void confirmShipment(long jobId, long shipmentId, String shippingCode, Instant at);
}
