package com.mallboard.board;

import com.mallboard.sync.OpenOrders;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the board reads what waits to ship for its cards: every product's open orders in one query when the board
 * loads, or those of a few products after a change. The composition root hands in the order service's two methods.
 */
public interface OpenOrderCounts {
    /** No malls: cards without order badges (tests and tools that do not sync). */
    OpenOrderCounts NONE = of(Map::of, ids -> Map.of());

    /** Product id to its open orders; products with nothing open are left out. */
    Map<Long, OpenOrders> all();

    Map<Long, OpenOrders> of(Collection<Long> productIds);

    static OpenOrderCounts of(Supplier<Map<Long, OpenOrders>> all,
            Function<Collection<Long>, Map<Long, OpenOrders>> some) {
        return new OpenOrderCounts() {
            @Override
            public Map<Long, OpenOrders> all() {
                return all.get();
            }

            @Override
            public Map<Long, OpenOrders> of(Collection<Long> productIds) {
                return productIds.isEmpty() ? Map.of() : some.apply(productIds);
            }
        };
    }
}
