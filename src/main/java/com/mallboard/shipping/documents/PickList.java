package com.mallboard.shipping.documents;

import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What to take from the shelves for a batch of orders: one line per SKU and option, walked in location order
 * (the warehouse's walking order when it has one, lines without a location last), then by SKU. Canceled orders are
 * left out.
 */
public record PickList(List<PickLine> lines, int orderCount) {

    private static Comparator<PickLine> walkOrder(Comparator<String> locations) {
        return Comparator
                .comparing((PickLine l) -> !l.hasLocation())
                .thenComparing(l -> l.hasLocation() ? l.location() : "", locations)
                .thenComparing(l -> Objects.requireNonNullElse(l.sku(), ""))
                .thenComparing(l -> Objects.requireNonNullElse(l.option(), ""));
    }

    public PickList {
        lines = List.copyOf(lines);
    }

    /**
     * Aggregates the orders' lines. Matched lines are keyed by the product's SKU from {@code products} (falling back
     * to the mall's custom code); unmatched lines by the mall's custom code, or its item code when there is none.
     */
    public static PickList of(List<StoredOrder> orders, Function<Long, PickInfo> products) {
        return from(orders, PickLookup.byProduct(products));
    }

    /** The same, with facts per line, so each option is picked by its own SKU; locations in text order. */
    public static PickList from(List<StoredOrder> orders, PickLookup products) {
        return from(orders, products, Comparator.naturalOrder());
    }

    /** The same, walking the locations in {@code locations}' order (the warehouse's list). */
    public static PickList from(List<StoredOrder> orders, PickLookup products, Comparator<String> locations) {
        Map<String, PickLine> byKey = new LinkedHashMap<>();
        int counted = 0;
        for (StoredOrder order : orders) {
            if (order.canceled()) {
                continue;
            }
            counted++;
            for (StoredOrderItem item : order.items()) {
                PickLine line = lineOf(item, products);
                String key = line.sku() + '\u0000' + Objects.requireNonNullElse(line.option(), "");
                byKey.merge(key, line, (a, b) -> new PickLine(a.sku(), a.productName(), a.option(), a.location(),
                        a.quantity() + b.quantity(), a.barcode()));
            }
        }
        return new PickList(byKey.values().stream().sorted(walkOrder(locations)).toList(), counted);
    }

    static PickLine lineOf(StoredOrderItem item, PickLookup products) {
        PickInfo info = products.find(item);
        String code = codeOf(item);
        String sku = info != null && info.sku() != null ? info.sku() : code;
        String location = info == null ? null : info.location();
        String barcode = info == null ? null : info.barcode();
        return new PickLine(sku, item.productName(), item.optionName(), location, item.quantity(),
                barcode);
    }

    /** The mall's code for a line: its custom code (our SKU when matched by SKU), else the mall's item code. */
    static String codeOf(StoredOrderItem item) {
        String custom = PickInfo.blankToNull(item.customProductCode());
        return custom != null ? custom : Objects.requireNonNullElse(item.itemCode(), "");
    }

    public int totalQuantity() {
        return lines.stream().mapToInt(PickLine::quantity).sum();
    }
}
