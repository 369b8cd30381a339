package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;
import static com.mallboard.store.generated.Tables.PRODUCT_TAG;
import static com.mallboard.store.generated.Tables.TAG;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /** Tags of every product matching {@code productCondition}, in one query. */
    Map<Integer, Set<String>> tagsByProduct(DSLContext dsl, Condition productCondition) {
        Map<Integer, Set<String>> byProduct = new HashMap<>();
        dsl.select(PRODUCT_TAG.PRODUCT_ID, TAG.NAME)
                .from(PRODUCT_TAG)
                .join(TAG).on(TAG.ID.eq(PRODUCT_TAG.TAG_ID))
                .join(PRODUCT).on(PRODUCT.ID.eq(PRODUCT_TAG.PRODUCT_ID))
                .where(productCondition)
                .forEach(r -> byProduct.computeIfAbsent(r.value1(), id -> new TreeSet<>()).add(r.value2()));
        return byProduct;
    }
}
