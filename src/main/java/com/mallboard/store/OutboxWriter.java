package com.mallboard.store;

import static com.mallboard.store.generated.Tables.LISTING;
import static com.mallboard.store.generated.Tables.MALL;
import static com.mallboard.store.generated.Tables.OUTBOX_JOB;

import com.mallboard.sync.JobKind;
import com.mallboard.sync.JobStatus;
import com.mallboard.sync.ListingStatus;
import java.time.Instant;
import org.jooq.DSLContext;

/**
 * Writes outbox jobs inside the caller's transaction: the change and the job that carries it to the mall commit
 * together or not at all. That is the whole point of the outbox; nothing else may insert jobs.
 */
final class OutboxWriter {
    private OutboxWriter() {
    }

    static void enqueue(DSLContext tx, long mallRef, JobKind kind, long subjectId, Instant now) {
        String at = now.toString();
        tx.insertInto(OUTBOX_JOB)
                .set(OUTBOX_JOB.MALL_REF, (int) mallRef)
                .set(OUTBOX_JOB.KIND, kind.name())
                .set(OUTBOX_JOB.SUBJECT_ID, (int) subjectId)
                .set(OUTBOX_JOB.STATUS, JobStatus.PENDING.name())
                .set(OUTBOX_JOB.CREATED_AT, at)
                .set(OUTBOX_JOB.UPDATED_AT, at)
                .execute();
    }

    /** Queues a push for every listing of the product on an enabled mall: its master content changed. */
    static void enqueueListingsOf(DSLContext tx, long productId, Instant now) {
        var listings = tx.select(LISTING.ID, LISTING.MALL_REF).from(LISTING).join(MALL).on(MALL.ID.eq(LISTING.MALL_REF))
                .where(LISTING.PRODUCT_ID.eq((int) productId)).and(MALL.ENABLED.eq(1)).fetch();
        for (var listing : listings) {
            enqueue(tx, listing.value2(), JobKind.PUSH_LISTING, listing.value1(), now);
        }
        if (!listings.isEmpty()) {
            tx.update(LISTING).set(LISTING.STATUS, ListingStatus.PENDING.name()).setNull(LISTING.PROBLEM)
                    .where(LISTING.PRODUCT_ID.eq((int) productId)).execute();
        }
    }
}
