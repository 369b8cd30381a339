package com.mallboard.store;

import static com.mallboard.store.generated.Tables.LISTING;
import static com.mallboard.store.generated.Tables.MALL;
import static com.mallboard.store.generated.Tables.OUTBOX_JOB;

import com.mallboard.store.generated.tables.records.ListingRecord;
import com.mallboard.sync.JobKind;
import com.mallboard.sync.JobStatus;
import com.mallboard.sync.Listing;
import com.mallboard.sync.ListingChip;
import com.mallboard.sync.ListingOverrides;
import com.mallboard.sync.ListingRepository;
import com.mallboard.sync.ListingStatus;
import com.mallboard.sync.StaleListingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Listings; every change that alters what a mall should show queues its push in the same transaction. */
public class JooqListingRepository implements ListingRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public JooqListingRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public List<Listing> listingsOf(long productId) {
        return dsl.selectFrom(LISTING).where(LISTING.PRODUCT_ID.eq((int) productId)).orderBy(LISTING.MALL_REF)
                .fetch(JooqListingRepository::toListing);
    }

    @Override
    public Optional<Listing> find(long listingId) {
        return dsl.selectFrom(LISTING).where(LISTING.ID.eq((int) listingId))
                .fetchOptional(JooqListingRepository::toListing);
    }

    @Override
    public Listing save(long productId, long mallRef, ListingOverrides overrides) {
        long id = dsl.transactionResult(cfg -> upsert(cfg.dsl(), productId, mallRef, overrides, null));
        return find(id).orElseThrow();
    }

    @Override
    public Listing save(long productId, long mallRef, ListingOverrides overrides, int expectedVersion) {
        long id = dsl.transactionResult(cfg -> upsert(cfg.dsl(), productId, mallRef, overrides, expectedVersion));
        return find(id).orElseThrow();
    }

    @Override
    public int listAll(Collection<Long> productIds, long mallRef) {
        return dsl.transactionResult(cfg -> {
            int added = 0;
            for (long productId : productIds) {
                boolean known = cfg.dsl().fetchExists(LISTING, LISTING.PRODUCT_ID.eq((int) productId)
                        .and(LISTING.MALL_REF.eq((int) mallRef)));
                if (!known) {
                    upsert(cfg.dsl(), productId, mallRef, ListingOverrides.NONE, null);
                    added++;
                }
            }
            return added;
        });
    }

    /**
     * Inserts or updates the listing; with {@code expectedVersion} (0 = not listed yet) only if the stored row is
     * still the one the user read: the update is a compare-and-set on the version, and a row inserted by someone else
     * meanwhile fails on the (product, mall) key.
     */
    private long upsert(DSLContext tx, long productId, long mallRef, ListingOverrides overrides,
            Integer expectedVersion) {
        ListingRecord stored = tx.selectFrom(LISTING).where(LISTING.PRODUCT_ID.eq((int) productId))
                .and(LISTING.MALL_REF.eq((int) mallRef)).fetchOptional().orElse(null);
        if (expectedVersion != null && (stored == null ? expectedVersion != 0 : expectedVersion == 0)) {
            throw new StaleListingException(productId, mallRef);
        }
        ListingRecord row = stored != null ? stored : tx.newRecord(LISTING);
        row.setProductId((int) productId);
        row.setMallRef((int) mallRef);
        row.setNameOverride(overrides.name());
        row.setPriceOverride(overrides.priceWon());
        row.setDisplay(overrides.display() ? 1 : 0);
        row.setSelling(overrides.selling() ? 1 : 0);
        row.setStatus(ListingStatus.PENDING.name());
        row.setProblem(null);
        if (stored == null) {
            row.setVersion(1);
            try {
                row.store();
            } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
                throw new StaleListingException(productId, mallRef);
            }
        } else {
            int expected = expectedVersion == null ? stored.getVersion() : expectedVersion;
            row.setVersion(expected + 1);
            int written = tx.update(LISTING).set(row)
                    .where(LISTING.ID.eq(row.getId()).and(LISTING.VERSION.eq(expected))).execute();
            if (written == 0) {
                throw new StaleListingException(productId, mallRef);
            }
        }
        OutboxWriter.enqueue(tx, mallRef, JobKind.PUSH_LISTING, row.getId(), clock.instant());
        return row.getId();
    }

    @Override
    public void forcePush(long listingId) {
        dsl.transaction(cfg -> {
            ListingRecord row = cfg.dsl().selectFrom(LISTING).where(LISTING.ID.eq((int) listingId)).fetchSingle();
            row.setSyncedHash(null);
            row.setSyncedStockKey(null);
            row.setStatus(ListingStatus.PENDING.name());
            row.setProblem(null);
            row.update();
            OutboxWriter.enqueue(cfg.dsl(), row.getMallRef(), JobKind.PUSH_LISTING, listingId, clock.instant());
        });
    }

    @Override
    public void recordConfirmed(long listingId, long coveredJobId, long remoteProductNo, String hash, String stockKey,
            Instant at) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.update(LISTING)
                    .set(LISTING.REMOTE_PRODUCT_NO, remoteProductNo)
                    .set(LISTING.SYNCED_HASH, hash)
                    .set(LISTING.SYNCED_STOCK_KEY, stockKey)
                    .set(LISTING.SYNCED_AT, at.toString())
                    .set(LISTING.STATUS, ListingStatus.SYNCED.name())
                    .setNull(LISTING.PROBLEM)
                    .where(LISTING.ID.eq((int) listingId)).execute();
            var subject = OUTBOX_JOB.KIND.eq(JobKind.PUSH_LISTING.name()).and(OUTBOX_JOB.SUBJECT_ID.eq((int) listingId));
            tx.update(OUTBOX_JOB).set(OUTBOX_JOB.STATUS, JobStatus.DONE.name()).set(OUTBOX_JOB.UPDATED_AT, at.toString())
                    .where(subject).and(OUTBOX_JOB.STATUS.eq(JobStatus.PENDING.name()))
                    .and(OUTBOX_JOB.ID.le((int) coveredJobId)).execute();
            tx.update(OUTBOX_JOB).set(OUTBOX_JOB.STATUS, JobStatus.SUPERSEDED.name())
                    .where(subject).and(OUTBOX_JOB.STATUS.eq(JobStatus.FAILED.name())).execute();
        });
    }

    @Override
    public void recordStatus(long listingId, ListingStatus status, String problem) {
        dsl.update(LISTING).set(LISTING.STATUS, status.name()).set(LISTING.PROBLEM, problem)
                .where(LISTING.ID.eq((int) listingId)).execute();
    }

    @Override
    public Map<Long, List<ListingChip>> allChips() {
        return chips(DSL.trueCondition());
    }

    @Override
    public Map<Long, List<ListingChip>> chipsOf(Collection<Long> productIds) {
        return chips(LISTING.PRODUCT_ID.in(productIds.stream().map(Long::intValue).toList()));
    }

    private Map<Long, List<ListingChip>> chips(Condition which) {
        Map<Long, List<ListingChip>> byProduct = new HashMap<>();
        dsl.select(LISTING.PRODUCT_ID, LISTING.MALL_REF, MALL.DISPLAY_NAME, LISTING.STATUS, LISTING.PROBLEM)
                .from(LISTING).join(MALL).on(MALL.ID.eq(LISTING.MALL_REF)).where(which)
                .orderBy(MALL.DISPLAY_NAME).forEach(r -> byProduct
                        .computeIfAbsent((long) r.value1(), k -> new ArrayList<>())
                        .add(new ListingChip(r.value2(), r.value3(), ListingStatus.valueOf(r.value4()), r.value5())));
        return byProduct;
    }

    private static Listing toListing(ListingRecord r) {
        ListingOverrides overrides = new ListingOverrides(r.getNameOverride(), r.getPriceOverride(), r.getDisplay() == 1,
                r.getSelling() == 1);
        return new Listing(r.getId(), r.getProductId(), r.getMallRef(), overrides, r.getRemoteProductNo(),
                r.getSyncedHash(), r.getSyncedStockKey(), StoredTimes.instant(r.getSyncedAt()),
                ListingStatus.valueOf(r.getStatus()), r.getProblem(), r.getVersion());
    }
}
