package com.mallboard.report.sales;

import com.mallboard.product.Product;
import com.mallboard.report.orders.ReportOrder;
import com.mallboard.report.orders.ReportOrders;
import com.mallboard.sync.StoredOrderItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Sales from order lines: every line that is not canceled (nor in a canceled order), grouped by influencer, brand or
 * product. Revenue is price × quantity; {@code orders} counts distinct orders with a line in the group; the share is
 * of the revenue of all groups, in percent. Lines not matched to a product are grouped by the mall's SKU and name
 * and have no brand or influencer.
 */
public final class SalesTotals {

    /** One group: its name (the influencer, the brand or the product), and for products SKU, brand and influencer. */
    public record Row(String name, String sku, String brand, String influencer, long orders, long units,
                      long revenueWon, double sharePercent) {
    }

    /** What a line is grouped by and how the group reads; {@code null} names are the "none" group. */
    private record Key(String name, String sku, String brand, String influencer) {
    }

    private SalesTotals() {
    }

    /** By the product's influencer; {@code none} names lines without one. */
    public static List<Row> byInfluencer(ReportOrders.Selection selection, String none) {
        return group(selection, (product, line) -> new Key(orNone(product == null ? null
                : product.details().influencer(), none), null, null, null));
    }

    public static List<Row> byBrand(ReportOrders.Selection selection, String none) {
        return group(selection, (product, line) -> new Key(orNone(product == null ? null : product.details().brand(),
                none), null, null, null));
    }

    /** By product: SKU, name, brand and influencer of Mallboard's product, or the mall's SKU and name when unmatched. */
    public static List<Row> byProduct(ReportOrders.Selection selection) {
        return group(selection, (product, line) -> product == null
                ? new Key(line.productName(), line.customProductCode(), null, null)
                : new Key(product.details().name(), product.details().sku(), product.details().brand(),
                        product.details().influencer()));
    }

    private static List<Row> group(ReportOrders.Selection selection,
                                   BiFunction<Product, StoredOrderItem, Key> keyOf) {
        Map<Key, Tally> groups = new LinkedHashMap<>();
        for (ReportOrder order : selection.orders()) {
            for (StoredOrderItem line : order.liveLines()) {
                groups.computeIfAbsent(keyOf.apply(selection.product(line), line), k -> new Tally())
                        .add(order.order().id(), line);
            }
        }
        long total = groups.values().stream().mapToLong(t -> t.revenueWon).sum();
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, t) -> rows.add(new Row(key.name(), key.sku(), key.brand(), key.influencer(),
                t.orders.size(), t.units, t.revenueWon, total == 0 ? 0 : 100.0 * t.revenueWon / total)));
        rows.sort(Comparator.comparingLong(Row::revenueWon).reversed()
                .thenComparing(Row::name, Comparator.nullsLast(Comparator.<String>naturalOrder())));
        return rows;
    }

    private static String orNone(String value, String none) {
        return value == null || value.isBlank() ? none : value;
    }

    private static final class Tally {
        final Set<Long> orders = new HashSet<>();
        long units;
        long revenueWon;

        void add(long orderRef, StoredOrderItem line) {
            orders.add(orderRef);
            units += line.quantity();
            revenueWon += ReportOrder.amountWon(line);
        }
    }
}
