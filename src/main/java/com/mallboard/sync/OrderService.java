package com.mallboard.sync;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Orders as the orders screen and the warehouse use them, the unmatched queue, and tracking numbers going out. */
public final class OrderService {
    /** Cafe24 refuses longer tracking numbers. */
    public static final int MAX_TRACKING_LENGTH = 40;

    private final OrderRepository orders;
    private final MallRepository malls;
    private final Clock clock;
    private final String currentUser;

    public OrderService(OrderRepository orders, MallRepository malls, Clock clock, String currentUser) {
        this.orders = orders;
        this.malls = malls;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    public List<StoredOrder> recent(int limit) {
        return orders.recent(limit);
    }

    /** The orders a warehouse batch is chosen from. */
    public List<StoredOrder> find(OrderCriteria criteria) {
        return orders.find(criteria);
    }

    /** Shipment and purge dates of the orders the criteria choose (reports); see {@link OrderRepository#times}. */
    public Map<Long, OrderTimes> times(OrderCriteria criteria) {
        return orders.times(criteria);
    }

    public List<OrderedProduct> orderedProducts() {
        return orders.orderedProducts();
    }

    /** The orders with this mall order id (as printed on a packing slip), in every mall. */
    public List<StoredOrder> findByOrderId(String mallOrderId) {
        return orders.findByOrderId(mallOrderId);
    }

    /** What waits to ship, per product: the board's order badges, all at once. */
    public Map<Long, OpenOrders> openOrders() {
        return orders.openOrders();
    }

    /** The same for a few products, after a change on the board. */
    public Map<Long, OpenOrders> openOrdersOf(Collection<Long> productIds) {
        return orders.openOrdersOf(productIds);
    }

    public List<UnmatchedItem> unmatched() {
        return orders.unmatched();
    }

    public int map(UnmatchedItem item, long productId) {
        return orders.map(item.mallRef(), item.itemKey(), productId);
    }

    /** The couriers the order's mall accepts, as last read from the mall. */
    public List<Carrier> carriers(StoredOrder order) {
        return malls.carriers(order.mallRef());
    }

    /**
     * Records the tracking number for the given lines and queues it for the mall. Checked here so the mall never
     * answers 422: a number is required, at most 40 characters of letters, digits and dashes, and the courier must be
     * one the mall lists.
     */
    public long recordTracking(StoredOrder order, Collection<String> itemCodes, String trackingNo, String carrierCode) {
        String number = checked(order, itemCodes, trackingNo, carrierCode);
        return orders.recordShipment(order.id(), itemCodes, number, carrierCode, currentUser, clock.instant());
    }

    /**
     * Records many tracking numbers at once (a courier's file), each checked as {@link #recordTracking} checks one,
     * in one transaction: a refused or failing shipment leaves none stored. Returns the shipment ids.
     */
    public List<Long> recordTrackings(List<NewShipment> shipments) {
        List<NewShipment> checked = shipments.stream().map(s -> new NewShipment(s.order(), s.itemCodes(),
                checked(s.order(), s.itemCodes(), s.trackingNo(), s.carrierCode()), s.carrierCode())).toList();
        return orders.recordShipments(checked, currentUser, clock.instant());
    }

    /** Letters, digits and dashes, at most {@value #MAX_TRACKING_LENGTH}; spaces are taken out before this check. */
    public static boolean isValidTrackingNumber(String number) {
        return number != null && number.length() <= MAX_TRACKING_LENGTH && number.matches("[A-Za-z0-9-]+");
    }

    private String checked(StoredOrder order, Collection<String> itemCodes, String trackingNo, String carrierCode) {
        String number = trackingNo == null ? "" : trackingNo.strip().replace(" ", "");
        if (number.isEmpty()) {
            throw new InvalidSyncInputException("tracking.missing");
        }
        if (!isValidTrackingNumber(number)) {
            throw new InvalidSyncInputException("tracking.invalid");
        }
        if (malls.carriers(order.mallRef()).stream().noneMatch(c -> c.code().equals(carrierCode))) {
            throw new InvalidSyncInputException("tracking.unknown.carrier");
        }
        if (itemCodes.isEmpty()) {
            throw new InvalidSyncInputException("tracking.no.lines");
        }
        return number;
    }
}
