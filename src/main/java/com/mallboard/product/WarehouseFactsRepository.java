package com.mallboard.product;

import java.util.Collection;
import java.util.Map;

/** Pick facts for many products at once, so a batch of a thousand orders costs a couple of queries, not one a line. */
@FunctionalInterface
public interface WarehouseFactsRepository {

    /** The facts of those of {@code productIds} that exist (trashed ones included: they may still be on orders). */
    Map<Long, WarehouseFacts> warehouseFacts(Collection<Long> productIds);
}
