package com.mallboard.shipping;

import com.mallboard.common.Messages;
import com.mallboard.product.WarehouseFactsRepository;
import com.mallboard.product.WarehouseLocations;
import com.mallboard.shipping.documents.CourierNames;
import com.mallboard.shipping.documents.PickList;
import com.mallboard.shipping.documents.SlipOrder;
import com.mallboard.shipping.pdf.PackingSlipRenderer;
import com.mallboard.shipping.pdf.PageLayout;
import com.mallboard.shipping.pdf.PickListRenderer;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallService;
import com.mallboard.sync.OrderCriteria;
import com.mallboard.sync.OrderService;
import com.mallboard.sync.OrderedProduct;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Shipment sheets for a batch of orders: choose the orders, then print the pick list and all packing slips. Product
 * facts (SKU, location, barcode, option SKUs) are read once per document for the whole batch, couriers once per mall.
 * Every method may touch the database or build a PDF: call it off the FX thread.
 */
public final class ShipmentSheets {
    private final OrderService orders;
    private final MallService malls;
    private final WarehouseFactsRepository facts;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<List<String>> walkingOrder;

    public ShipmentSheets(OrderService orders, MallService malls, WarehouseFactsRepository facts, Messages messages,
            Clock clock) {
        this(orders, malls, facts, messages, clock, List::of);
    }

    /** @param walkingOrder the warehouse's locations in walking order ({@link WarehouseLocations#all()}) */
    public ShipmentSheets(OrderService orders, MallService malls, WarehouseFactsRepository facts, Messages messages,
            Clock clock, Supplier<List<String>> walkingOrder) {
        this.walkingOrder = walkingOrder;
        this.orders = orders;
        this.malls = malls;
        this.facts = facts;
        this.messages = messages;
        this.clock = clock;
    }

    public List<StoredOrder> find(OrderCriteria criteria) {
        return orders.find(criteria);
    }

    public List<Mall> malls() {
        return malls.all();
    }

    public List<OrderedProduct> orderedProducts() {
        return orders.orderedProducts();
    }

    /** The batch's pick list, walked by warehouse location in the warehouse's walking order. */
    public byte[] pickList(List<StoredOrder> batch) {
        return new PickListRenderer(messages, clock).render(walk(batch));
    }

    /** What the pick list shows, in the order it shows it. */
    public PickList walk(List<StoredOrder> batch) {
        return PickList.from(batch, picks(batch), WarehouseLocations.walkOrder(walkingOrder.get()));
    }

    /** Every slip of the batch in one PDF, {@code copies} of each order together, in {@code order}. */
    public byte[] packingSlips(List<StoredOrder> batch, SlipOrder order, int copies, PageLayout layout) {
        return new PackingSlipRenderer(messages, picks(batch), courierNames(), layout).renderAll(batch, order, copies);
    }

    /** The facts of every product on the batch's lines, in one read. */
    public WarehousePicks picks(List<StoredOrder> batch) {
        List<Long> productIds = batch.stream().flatMap(o -> o.items().stream()).map(StoredOrderItem::productId)
                .filter(Objects::nonNull).distinct().toList();
        return new WarehousePicks(facts.warehouseFacts(productIds));
    }

    /** Courier names as each mall lists them, read the first time a mall's order needs one. */
    CourierNames courierNames() {
        Map<Long, Map<String, String>> byMall = new HashMap<>();
        return (order, code) -> byMall.computeIfAbsent(order.mallRef(), mall -> orders.carriers(order).stream()
                .collect(Collectors.toMap(Carrier::code, Carrier::name, (a, b) -> a))).get(code);
    }
}
