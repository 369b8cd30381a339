package com.mallboard.store;

import static com.mallboard.store.generated.Tables.ACTIVITY_LOG;

import com.mallboard.product.ActivityEntry;
import java.util.List;
import org.jooq.DSLContext;

/** Appends lines to the activity log inside the caller's transaction. */
final class ActivityWriter {
    private ActivityWriter() {
    }

    static void insert(DSLContext tx, List<ActivityEntry> entries) {
        for (ActivityEntry e : entries) {
            tx.insertInto(ACTIVITY_LOG)
                    .set(ACTIVITY_LOG.PRODUCT_ID, (int) e.productId())
                    .set(ACTIVITY_LOG.FIELD, e.field())
                    .set(ACTIVITY_LOG.OLD_VALUE, e.oldValue())
                    .set(ACTIVITY_LOG.NEW_VALUE, e.newValue())
                    .set(ACTIVITY_LOG.CHANGED_AT, ProductMapper.text(e.changedAt()))
                    .set(ACTIVITY_LOG.CHANGED_BY, e.changedBy())
                    .execute();
        }
    }
}
