package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;
import static com.mallboard.store.generated.Tables.PRODUCT_TAG;
import static com.mallboard.store.generated.Tables.TAG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Reads and replaces the many-to-many link between products and tags. */
final class TagWriter {

    void replace(DSLContext tx, long productId, Set<String> tags) {
        tx.deleteFrom(PRODUCT_TAG).where(PRODUCT_TAG.PRODUCT_ID.eq((int) productId)).execute();
        for (String tag : tags) {
            tx.insertInto(TAG, TAG.NAME).values(tag).onConflictDoNothing().execute();
            tx.insertInto(PRODUCT_TAG, PRODUCT_TAG.PRODUCT_ID, PRODUCT_TAG.TAG_ID)
                    .select(tx.select(org.jooq.impl.DSL.val((int) productId), TAG.ID).from(TAG).where(TAG.NAME.eq(tag)))
                    .execute();
        }
    }

    /**
     * Tags of every product matching {@code productCondition}. The tag table is small, so names are read once and
     * the link table as id pairs; products with the same tags share one immutable set (most products share a few
     * dozen combinations), which keeps a 50,000-product board load light on memory.
     */
    Map<Integer, Set<String>> tagsByProduct(DSLContext dsl, Condition productCondition) {
        Map<Integer, List<Integer>> tagIds = new HashMap<>();
        dsl.select(PRODUCT_TAG.PRODUCT_ID, PRODUCT_TAG.TAG_ID)
                .from(PRODUCT_TAG)
                .join(PRODUCT).on(PRODUCT.ID.eq(PRODUCT_TAG.PRODUCT_ID))
                .where(productCondition)
                .forEach(r -> tagIds.computeIfAbsent(r.value1(), id -> new ArrayList<>(4)).add(r.value2()));
        // Names after links: a tag another desktop creates in between is then named too (tags are never renamed).
        Map<Integer, String> names = new HashMap<>();
        dsl.select(TAG.ID, TAG.NAME).from(TAG).forEach(r -> names.put(r.value1(), r.value2()));
        Map<List<Integer>, Set<String>> shared = new HashMap<>();
        Map<Integer, Set<String>> byProduct = new HashMap<>(tagIds.size() * 2);
        tagIds.forEach((productId, ids) -> {
            ids.sort(null);
            byProduct.put(productId, shared.computeIfAbsent(ids, key -> Set.copyOf(
                    key.stream().map(names::get).collect(Collectors.toCollection(TreeSet::new)))));
        });
        return byProduct;
    }
}
