package com.mallboard.store;

import static com.mallboard.store.ProductMapper.instant;
import static com.mallboard.store.generated.Tables.CARRIER;
import static com.mallboard.store.generated.Tables.MALL;
import static com.mallboard.store.generated.Tables.OUTBOX_JOB;

import com.mallboard.store.generated.tables.records.MallRecord;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.DuplicateMallException;
import com.mallboard.sync.JobStatus;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallRepository;
import com.mallboard.sync.MallStatus;
import com.mallboard.sync.Platform;
import com.mallboard.sync.StaleMallException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Malls, their sync bookkeeping and their courier lists. */
public class JooqMallRepository implements MallRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public JooqMallRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public List<Mall> all() {
        return dsl.selectFrom(MALL).orderBy(MALL.DISPLAY_NAME, MALL.ID).fetch(JooqMallRepository::toMall);
    }

    @Override
    public Optional<Mall> find(long id) {
        return dsl.selectFrom(MALL).where(MALL.ID.eq((int) id)).fetchOptional(JooqMallRepository::toMall);
    }

    @Override
    public Mall add(Mall mall) {
        MallRecord row = dsl.newRecord(MALL);
        write(row, mall);
        row.setCreatedAt(clock.instant().toString());
        row.setVersion(1);
        try {
            row.store();
        } catch (IntegrityConstraintViolationException e) {
            throw new DuplicateMallException(mall.mallId());
        }
        return toMall(row);
    }

    @Override
    public void update(Mall mall) {
        MallRecord row = dsl.selectFrom(MALL).where(MALL.ID.eq((int) mall.id())).fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("no mall " + mall.id()));
        write(row, mall);
        int expected = mall.version() > 0 ? mall.version() : row.getVersion();
        row.setVersion(expected + 1);
        int written;
        try {
            written = dsl.update(MALL).set(row).where(MALL.ID.eq(row.getId()).and(MALL.VERSION.eq(expected))).execute();
        } catch (IntegrityConstraintViolationException e) {
            throw new DuplicateMallException(mall.mallId());
        }
        if (written == 0) {
            throw new StaleMallException(mall.id());
        }
    }

    @Override
    public List<MallStatus> statuses(Predicate<Mall> connected) {
        Field<Integer> pending = jobCount(JobStatus.PENDING);
        Field<Integer> failed = jobCount(JobStatus.FAILED);
        return dsl.select(MALL.asterisk(), pending, failed).from(MALL).orderBy(MALL.DISPLAY_NAME, MALL.ID).fetch(r -> {
            Mall mall = toMall(r.into(MALL));
            return new MallStatus(mall, connected.test(mall), instant(r.get(MALL.LAST_SYNC_AT)), r.get(pending),
                    r.get(failed), r.get(MALL.CONNECTION_PROBLEM));
        });
    }

    private static Field<Integer> jobCount(JobStatus status) {
        return org.jooq.impl.DSL.field(org.jooq.impl.DSL.selectCount().from(OUTBOX_JOB)
                .where(OUTBOX_JOB.MALL_REF.eq(MALL.ID)).and(OUTBOX_JOB.STATUS.eq(status.name())))
                .as(status.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void recordSync(long mallRef, Instant at) {
        setText(mallRef, MALL.LAST_SYNC_AT, at.toString());
    }

    @Override
    public void recordConnectionProblem(long mallRef, String problem) {
        setText(mallRef, MALL.CONNECTION_PROBLEM, problem);
    }

    @Override
    public Optional<Instant> ordersSyncedUntil(long mallRef) {
        return readInstant(mallRef, MALL.ORDERS_SYNCED_UNTIL);
    }

    @Override
    public void recordOrdersSyncedUntil(long mallRef, Instant until) {
        setText(mallRef, MALL.ORDERS_SYNCED_UNTIL, until.toString());
    }

    @Override
    public Optional<Instant> ordersReconciledAt(long mallRef) {
        return readInstant(mallRef, MALL.ORDERS_RECONCILED_AT);
    }

    @Override
    public void recordOrdersReconciled(long mallRef, Instant at) {
        setText(mallRef, MALL.ORDERS_RECONCILED_AT, at.toString());
    }

    @Override
    public void replaceCarriers(long mallRef, List<Carrier> carriers, Instant at) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(CARRIER).where(CARRIER.MALL_REF.eq((int) mallRef)).execute();
            for (Carrier carrier : carriers) {
                tx.insertInto(CARRIER).set(CARRIER.MALL_REF, (int) mallRef).set(CARRIER.CODE, carrier.code())
                        .set(CARRIER.NAME, carrier.name()).onConflictDoNothing().execute();
            }
            tx.update(MALL).set(MALL.CARRIERS_FETCHED_AT, at.toString()).where(MALL.ID.eq((int) mallRef)).execute();
        });
    }

    @Override
    public List<Carrier> carriers(long mallRef) {
        return dsl.selectFrom(CARRIER).where(CARRIER.MALL_REF.eq((int) mallRef)).orderBy(CARRIER.NAME)
                .fetch(r -> new Carrier(r.getCode(), r.getName()));
    }

    @Override
    public Optional<Instant> carriersFetchedAt(long mallRef) {
        return readInstant(mallRef, MALL.CARRIERS_FETCHED_AT);
    }

    private void setText(long mallRef, Field<String> field, String value) {
        dsl.update(MALL).set(field, value).where(MALL.ID.eq((int) mallRef)).execute();
    }

    private Optional<Instant> readInstant(long mallRef, Field<String> field) {
        return dsl.select(field).from(MALL).where(MALL.ID.eq((int) mallRef)).fetchOptional(field)
                .map(StoredTimes::instant);
    }

    private static void write(MallRecord row, Mall mall) {
        row.setPlatform(mall.platform().name());
        row.setMallId(mall.mallId());
        row.setShopNo(mall.shopNo());
        row.setDisplayName(mall.displayName());
        row.setApiVersion(mall.apiVersion());
        row.setBaseUrl(mall.baseUrlOverride());
        row.setClientId(mall.clientId());
        row.setEnabled(mall.enabled() ? 1 : 0);
        row.setIsDemo(mall.demo() ? 1 : 0);
    }

    private static Mall toMall(MallRecord r) {
        return new Mall(r.getId(), Platform.valueOf(r.getPlatform()), r.getMallId(), r.getShopNo(), r.getDisplayName(),
                r.getApiVersion(), r.getBaseUrl(), r.getClientId(), r.getEnabled() == 1, r.getIsDemo() == 1,
                r.getVersion());
    }
}
