package com.mallboard.store;

import static com.mallboard.store.generated.Tables.LISTING;
import static com.mallboard.store.generated.Tables.MALL;
import static com.mallboard.store.generated.Tables.MALL_ORDER;
import static com.mallboard.store.generated.Tables.OUTBOX_JOB;
import static com.mallboard.store.generated.Tables.PRODUCT;
import static com.mallboard.store.generated.Tables.SHIPMENT;

import com.mallboard.store.generated.tables.records.OutboxJobRecord;
import com.mallboard.sync.ClaimHolder;
import com.mallboard.sync.JobKind;
import com.mallboard.sync.JobLogEntry;
import com.mallboard.sync.JobStatus;
import com.mallboard.sync.OutboxClaim;
import com.mallboard.sync.OutboxJob;
import com.mallboard.sync.OutboxRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The outbox queue. Jobs are inserted only by {@link OutboxWriter}, inside the transaction of their change. */
public class JooqOutboxRepository implements OutboxRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public JooqOutboxRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public Optional<OutboxJob> nextDue(long mallRef, Instant now) {
        return dsl.selectFrom(OUTBOX_JOB)
                .where(OUTBOX_JOB.MALL_REF.eq((int) mallRef)).and(OUTBOX_JOB.STATUS.eq(JobStatus.PENDING.name()))
                .and(OUTBOX_JOB.NOT_BEFORE.isNull().or(OUTBOX_JOB.NOT_BEFORE.le(secondsText(now))))
                .orderBy(OUTBOX_JOB.ID).limit(1).fetchOptional(JooqOutboxRepository::toJob);
    }

    @Override
    public void markDone(long jobId) {
        set(jobId, JobStatus.DONE, null, null);
    }

    @Override
    public void markStarted(long jobId) {
        dsl.update(OUTBOX_JOB).set(OUTBOX_JOB.ATTEMPTS, OUTBOX_JOB.ATTEMPTS.plus(1))
                .set(OUTBOX_JOB.UPDATED_AT, clock.instant().toString()).where(OUTBOX_JOB.ID.eq((int) jobId)).execute();
    }

    @Override
    public long latestPendingId(JobKind kind, long subjectId) {
        Integer latest = dsl.select(DSL.max(OUTBOX_JOB.ID)).from(OUTBOX_JOB).where(OUTBOX_JOB.KIND.eq(kind.name()))
                .and(OUTBOX_JOB.SUBJECT_ID.eq((int) subjectId)).and(OUTBOX_JOB.STATUS.eq(JobStatus.PENDING.name()))
                .fetchOne(0, Integer.class);
        return latest == null ? 0 : latest;
    }

    @Override
    public void markRetry(long jobId, String error, Instant notBefore) {
        set(jobId, JobStatus.PENDING, error, notBefore);
    }

    @Override
    public void markFailed(long jobId, String error) {
        set(jobId, JobStatus.FAILED, error, null);
    }

    private void set(long jobId, JobStatus status, String error, Instant notBefore) {
        dsl.update(OUTBOX_JOB).set(OUTBOX_JOB.STATUS, status.name()).set(OUTBOX_JOB.LAST_ERROR, error)
                .set(OUTBOX_JOB.NOT_BEFORE, notBefore == null ? null : secondsText(notBefore))
                .set(OUTBOX_JOB.UPDATED_AT, clock.instant().toString()).where(OUTBOX_JOB.ID.eq((int) jobId)).execute();
    }

    @Override
    public int retryFailed(long mallRef) {
        return requeue(OUTBOX_JOB.MALL_REF.eq((int) mallRef));
    }

    @Override
    public int retry(long jobId) {
        return requeue(OUTBOX_JOB.ID.eq((int) jobId));
    }

    /** Failed jobs, and pending ones waiting out a delay, run at the next sync. */
    private int requeue(Condition which) {
        return dsl.update(OUTBOX_JOB).set(OUTBOX_JOB.STATUS, JobStatus.PENDING.name()).setNull(OUTBOX_JOB.NOT_BEFORE)
                .set(OUTBOX_JOB.UPDATED_AT, clock.instant().toString())
                .where(which).and(OUTBOX_JOB.STATUS.in(JobStatus.FAILED.name(), JobStatus.PENDING.name())).execute();
    }

    @Override
    public int pendingCount(long mallRef) {
        return count(mallRef, JobStatus.PENDING);
    }

    @Override
    public int failedCount(long mallRef) {
        return count(mallRef, JobStatus.FAILED);
    }

    private int count(long mallRef, JobStatus status) {
        return dsl.fetchCount(OUTBOX_JOB, OUTBOX_JOB.MALL_REF.eq((int) mallRef).and(OUTBOX_JOB.STATUS.eq(status.name())));
    }

    @Override
    public List<JobLogEntry> recent(long mallRef, int limit) {
        Field<String> subject = DSL.coalesce(PRODUCT.SKU, MALL_ORDER.ORDER_ID, DSL.val("#").concat(OUTBOX_JOB.SUBJECT_ID));
        Condition which = mallRef == 0 ? DSL.trueCondition() : OUTBOX_JOB.MALL_REF.eq((int) mallRef);
        return dsl.select(OUTBOX_JOB.asterisk(), MALL.DISPLAY_NAME, subject).from(OUTBOX_JOB)
                .join(MALL).on(MALL.ID.eq(OUTBOX_JOB.MALL_REF))
                .leftJoin(LISTING).on(OUTBOX_JOB.KIND.eq(JobKind.PUSH_LISTING.name()).and(LISTING.ID.eq(OUTBOX_JOB.SUBJECT_ID)))
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(LISTING.PRODUCT_ID))
                .leftJoin(SHIPMENT).on(OUTBOX_JOB.KIND.eq(JobKind.PUSH_SHIPMENT.name())
                        .and(SHIPMENT.ID.eq(OUTBOX_JOB.SUBJECT_ID)))
                .leftJoin(MALL_ORDER).on(MALL_ORDER.ID.eq(SHIPMENT.ORDER_REF))
                .where(which).orderBy(OUTBOX_JOB.ID.desc()).limit(limit)
                .fetch(r -> new JobLogEntry(toJob(r.into(OUTBOX_JOB)), r.get(MALL.DISPLAY_NAME), r.get(subject)));
    }

    @Override
    public OutboxClaim claim(long mallRef, String token, ClaimHolder holder, Duration lease) {
        return OutboxClaims.claim(dsl, mallRef, token, holder, lease);
    }

    @Override
    public boolean renewClaim(long mallRef, String token, Duration lease) {
        return OutboxClaims.renew(dsl, mallRef, token, lease);
    }

    @Override
    public void releaseClaim(long mallRef, String token) {
        OutboxClaims.release(dsl, mallRef, token);
    }

    /** Whole seconds, so stored and compared texts have one length and sort like the instants they are. */
    private static String secondsText(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static OutboxJob toJob(OutboxJobRecord r) {
        return new OutboxJob(r.getId(), r.getMallRef(), JobKind.valueOf(r.getKind()), r.getSubjectId(),
                JobStatus.valueOf(r.getStatus()), r.getAttempts(), r.getLastError(), StoredTimes.instant(r.getNotBefore()),
                StoredTimes.instant(r.getCreatedAt()), StoredTimes.instant(r.getUpdatedAt()));
    }
}
