package com.mallboard.board;

import com.mallboard.product.Product;
import com.mallboard.suggest.risk.LaunchRisk;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the board reads which cards will likely miss their launch: for every card when the board loads (the typical
 * stage durations read once), or for a few after a change. The composition root hands in the launch-risk service's
 * two methods.
 */
public interface LaunchRisks {
    /** No risk flags (tests and tools that do not look at history). */
    LaunchRisks NONE = of(products -> Map.of(), products -> Map.of());

    /** Product id to its estimate, for the products at risk only. */
    Map<Long, LaunchRisk> all(Collection<Product> products);

    Map<Long, LaunchRisk> of(Collection<Product> products);

    static LaunchRisks of(Function<Collection<Product>, Map<Long, LaunchRisk>> all,
            Function<Collection<Product>, Map<Long, LaunchRisk>> few) {
        return new LaunchRisks() {
            @Override
            public Map<Long, LaunchRisk> all(Collection<Product> products) {
                return all.apply(products);
            }

            @Override
            public Map<Long, LaunchRisk> of(Collection<Product> products) {
                return products.isEmpty() ? Map.of() : few.apply(products);
            }
        };
    }
}
