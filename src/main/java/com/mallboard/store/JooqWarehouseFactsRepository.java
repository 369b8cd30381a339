package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;
import static com.mallboard.store.generated.Tables.PRODUCT_OPTION;

import com.mallboard.product.WarehouseFacts;
import com.mallboard.product.WarehouseFactsRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** Product SKUs, locations, barcodes and option SKUs, read in chunks of ids (SQLite limits bound parameters). */
public class JooqWarehouseFactsRepository implements WarehouseFactsRepository {
    private final DSLContext dsl;

    public JooqWarehouseFactsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<Long, WarehouseFacts> warehouseFacts(Collection<Long> productIds) {
        Map<Long, WarehouseFacts> facts = new HashMap<>();
        IdChunks.forEach(productIds, ids -> facts.putAll(read(ids)));
        return facts;
    }

    private Map<Long, WarehouseFacts> read(List<Integer> ids) {
        Map<Integer, Map<String, String>> options = new HashMap<>();
        dsl.select(PRODUCT_OPTION.PRODUCT_ID, PRODUCT_OPTION.NAME, PRODUCT_OPTION.SKU).from(PRODUCT_OPTION)
                .where(PRODUCT_OPTION.PRODUCT_ID.in(ids)).orderBy(PRODUCT_OPTION.PRODUCT_ID, PRODUCT_OPTION.POSITION)
                .forEach(r -> options.computeIfAbsent(r.get(PRODUCT_OPTION.PRODUCT_ID), k -> new LinkedHashMap<>())
                        .put(r.get(PRODUCT_OPTION.NAME), r.get(PRODUCT_OPTION.SKU)));
        Map<Long, WarehouseFacts> facts = new HashMap<>();
        dsl.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.LOCATION, PRODUCT.BARCODE).from(PRODUCT).where(PRODUCT.ID.in(ids))
                .forEach(r -> facts.put(r.get(PRODUCT.ID).longValue(), new WarehouseFacts(r.get(PRODUCT.ID),
                        r.get(PRODUCT.SKU), r.get(PRODUCT.LOCATION), r.get(PRODUCT.BARCODE),
                        options.getOrDefault(r.get(PRODUCT.ID), Map.of()))));
        return facts;
    }
}
