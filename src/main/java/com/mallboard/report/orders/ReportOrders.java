package com.mallboard.report.orders;

import com.mallboard.common.Formats;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import com.mallboard.report.ReportFilter;
import com.mallboard.report.ReportRequest;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.OrderCriteria;
import com.mallboard.sync.OrderService;
import com.mallboard.sync.OrderTimes;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The orders an order or sales view reports on: placed in the request's period (Korean days), in its mall, and, when
 * the request filters products (brand, influencer or tag), only the lines of matching products, and only orders with
 * at least one such line. Read through {@link OrderService} and {@link ProductService}; {@link #select} is the rule
 * alone, for tests.
 */
public final class ReportOrders {
    private final OrderService orders;
    private final ProductService products;

    public ReportOrders(OrderService orders, ProductService products) {
        this.orders = orders;
        this.products = products;
    }

    /** The chosen orders, oldest first, and what the views need to name things (products, couriers). */
    public Selection read(ReportRequest request) {
        OrderCriteria criteria = new OrderCriteria(request.filter().mallId(), request.from(), request.to(),
                OrderCriteria.Status.ALL, null);
        List<StoredOrder> stored = orders.find(criteria);
        Map<Long, Product> byId = Stream.concat(products.active().stream(), products.trash().stream())
                .collect(Collectors.toMap(Product::id, Function.identity(), (a, b) -> a));
        Map<Long, Map<String, String>> couriers = new HashMap<>();
        for (StoredOrder order : stored) {
            couriers.computeIfAbsent(order.mallRef(), mall -> orders.carriers(order).stream()
                    .collect(Collectors.toMap(Carrier::code, Carrier::name, (a, b) -> a)));
        }
        return new Selection(select(stored, orders.times(criteria), request, byId), byId, couriers);
    }

    /** The orders of {@link #read}, with the products of their lines and each mall's courier names by code. */
    public record Selection(List<ReportOrder> orders, Map<Long, Product> products,
                            Map<Long, Map<String, String>> courierNames) {

        public Product product(StoredOrderItem line) {
            return line.productId() == null ? null : products.get(line.productId());
        }

        /** The courier's name as the order's mall lists it, or its code when the mall's list lacks it. */
        public String courierName(ReportOrder order, String carrierCode) {
            if (carrierCode == null) {
                return null;
            }
            return courierNames.getOrDefault(order.order().mallRef(), Map.of()).getOrDefault(carrierCode, carrierCode);
        }
    }

    /** The rule of the class comment over orders already read; {@code times} may lack orders (nothing known). */
    public static List<ReportOrder> select(List<StoredOrder> stored, Map<Long, OrderTimes> times,
                                           ReportRequest request, Map<Long, Product> products) {
        ReportFilter filter = request.filter();
        boolean byProduct = filter.brand() != null || filter.influencer() != null || filter.tag() != null;
        List<ReportOrder> kept = new ArrayList<>();
        for (StoredOrder order : stored) {
            LocalDate day = order.orderedAt().atZone(Formats.SEOUL).toLocalDate();
            if (!request.includes(day) || !filter.matchesMall(order.mallRef())) {
                continue;
            }
            List<StoredOrderItem> lines = byProduct ? order.items().stream()
                    .filter(line -> line.productId() != null && matches(filter, products.get(line.productId())))
                    .toList() : order.items();
            if (!lines.isEmpty()) {
                kept.add(new ReportOrder(order, day, lines, times.getOrDefault(order.id(), OrderTimes.none(order.id()))));
            }
        }
        kept.sort(Comparator.comparing((ReportOrder o) -> o.order().orderedAt()).thenComparing(o -> o.order().id()));
        return kept;
    }

    private static boolean matches(ReportFilter filter, Product product) {
        return product != null && filter.matches(product);
    }
}
