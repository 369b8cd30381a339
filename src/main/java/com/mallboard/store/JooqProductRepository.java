package com.mallboard.store;

import static com.mallboard.store.ProductMapper.instant;
import static com.mallboard.store.ProductMapper.text;
import static com.mallboard.store.generated.Tables.ACTIVITY_LOG;
import static com.mallboard.store.generated.Tables.CHECKLIST_ACTION;
import static com.mallboard.store.generated.Tables.PRODUCT;
import static com.mallboard.store.generated.Tables.PRODUCT_TAG;
import static com.mallboard.store.generated.Tables.STAGE_HISTORY;
import static com.mallboard.store.generated.Tables.TAG;

import com.mallboard.product.ActionSource;
import com.mallboard.product.ActivityEntry;
import com.mallboard.product.DuplicateSkuException;
import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.product.ProductUpdate;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductRepository;
import com.mallboard.product.Stage;
import com.mallboard.product.StageMove;
import com.mallboard.product.StaleProductException;
import com.mallboard.product.WalkedProduct;
import com.mallboard.store.generated.tables.records.ProductRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Products in SQLite through jOOQ. Each public method runs in its own transaction. */
public class JooqProductRepository implements ProductRepository {
    private final DSLContext dsl;
    private final Clock clock;
    private final TagWriter tags = new TagWriter();

    public JooqProductRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public Product create(NewProduct product, String who) {
        long id = dsl.transactionResult(cfg -> insert(cfg.dsl(), product, who));
        return find(id).orElseThrow();
    }

    @Override
    public void createAll(Collection<NewProduct> products, String who) {
        dsl.transaction(cfg -> {
            for (NewProduct product : products) {
                insert(cfg.dsl(), product, who);
            }
        });
    }

    @Override
    public void createWalked(Collection<WalkedProduct> products, String who) {
        dsl.transaction(cfg -> {
            for (WalkedProduct walked : products) {
                insertWalked(cfg.dsl(), walked, who);
            }
        });
    }

    /** A product that just entered its stage is a walked product with one entry and no past actions. */
    private long insert(DSLContext tx, NewProduct product, String who) {
        return insertWalked(tx, WalkedProduct.justEntered(product), who);
    }

    /** The product row, then one history row per stage entry and its past actions, added at the stage's entry. */
    private long insertWalked(DSLContext tx, WalkedProduct walked, String who) {
        long id = insertRow(tx, walked.product());
        Map<Stage, Instant> entered = new EnumMap<>(Stage.class);
        Stage from = null;
        for (WalkedProduct.StageEntry entry : walked.entries()) {
            tx.insertInto(STAGE_HISTORY)
                    .set(STAGE_HISTORY.PRODUCT_ID, (int) id)
                    .set(STAGE_HISTORY.FROM_STAGE, from == null ? null : from.name())
                    .set(STAGE_HISTORY.TO_STAGE, entry.stage().name())
                    .set(STAGE_HISTORY.MOVED_AT, text(entry.at()))
                    .set(STAGE_HISTORY.MOVED_BY, who)
                    .execute();
            entered.put(entry.stage(), entry.at());
            from = entry.stage();
        }
        Instant last = walked.entries().get(walked.entries().size() - 1).at();
        for (WalkedProduct.PastAction action : walked.actions()) {
            tx.insertInto(CHECKLIST_ACTION)
                    .set(CHECKLIST_ACTION.PRODUCT_ID, (int) id)
                    .set(CHECKLIST_ACTION.TITLE, action.title())
                    .set(CHECKLIST_ACTION.STAGE, action.stage().name())
                    .set(CHECKLIST_ACTION.DONE, action.done() ? 1 : 0)
                    .set(CHECKLIST_ACTION.SOURCE, ActionSource.MANUAL.name())
                    .set(CHECKLIST_ACTION.CREATED_AT, text(entered.getOrDefault(action.stage(), last)))
                    .execute();
        }
        return id;
    }

    private long insertRow(DSLContext tx, NewProduct product) {
        String now = text(clock.instant());
        ProductRecord row = tx.newRecord(PRODUCT);
        ProductMapper.writeDetails(row, product.details());
        row.setStage(product.stage().name());
        row.setIsDemo(product.demo() ? 1 : 0);
        row.setStageEnteredAt(text(product.stageEnteredAt()));
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        row.setVersion(1);
        try {
            row.store();
        } catch (IntegrityConstraintViolationException e) {
            throw duplicateSkuOr(e, product.details().sku());
        }
        long id = row.getId();
        tags.replace(tx, id, product.tags());
        return id;
    }

    @Override
    public Product update(long id, int expectedVersion, ProductDetails details, Set<String> newTags,
            List<ActivityEntry> changes) {
        try {
            dsl.transaction(cfg -> update(cfg.dsl(), new ProductUpdate(id, expectedVersion, details, newTags, changes)));
        } catch (StaleProductException e) {
            throw e.withStored(find(id).orElse(null));
        }
        return find(id).orElseThrow();
    }

    @Override
    public void saveAll(Collection<NewProduct> inserts, Collection<ProductUpdate> updates, String who) {
        dsl.transaction(cfg -> new BulkProductWriter(cfg.dsl(), clock.instant()).write(inserts, updates, who));
    }

    private void update(DSLContext tx, ProductUpdate update) {
        ProductRecord row = tx.newRecord(PRODUCT);
        ProductMapper.writeDetails(row, update.details());
        row.setUpdatedAt(text(clock.instant()));
        try {
            updateIfUnchanged(tx, row, update.id(), update.expectedVersion());
        } catch (IntegrityConstraintViolationException e) {
            throw duplicateSkuOr(e, update.details().sku());
        }
        tags.replace(tx, update.id(), update.tags());
        ActivityWriter.insert(tx, update.changes());
        OutboxWriter.enqueueListingsOf(tx, update.id(), clock.instant());
    }

    @Override
    public Product changeStage(long id, int expectedVersion, StageMove move) {
        try {
            dsl.transaction(cfg -> recordStage(cfg.dsl(), id, expectedVersion, move));
        } catch (StaleProductException e) {
            throw e.withStored(find(id).orElse(null));
        }
        return find(id).orElseThrow();
    }

    private static void recordStage(DSLContext tx, long id, int expectedVersion, StageMove move) {
        ProductRecord row = tx.newRecord(PRODUCT);
        row.setStage(move.to().name());
        row.setStageEnteredAt(text(move.movedAt()));
        row.setUpdatedAt(text(move.movedAt()));
        updateIfUnchanged(tx, row, id, expectedVersion);
        tx.insertInto(STAGE_HISTORY)
                .set(STAGE_HISTORY.PRODUCT_ID, (int) id)
                .set(STAGE_HISTORY.FROM_STAGE, move.from().name())
                .set(STAGE_HISTORY.TO_STAGE, move.to().name())
                .set(STAGE_HISTORY.MOVED_AT, text(move.movedAt()))
                .set(STAGE_HISTORY.MOVED_BY, move.movedBy())
                .set(STAGE_HISTORY.REASON, move.reason())
                .execute();
    }

    /**
     * The SKU is the product table's only UNIQUE column, so a UNIQUE failure means a duplicate SKU. Any other
     * constraint (a negative price, a missing name from an import) is passed on as it is, not reported as a duplicate.
     */
    private static RuntimeException duplicateSkuOr(IntegrityConstraintViolationException e, String sku) {
        return UniqueViolation.is(e) ? new DuplicateSkuException(sku) : e;
    }

    /**
     * Writes the changed columns of {@code row} only if the stored version is still the one the caller read, and
     * counts it up: one compare-and-set statement, so two desktops (two connections, or two PostgreSQL sessions at
     * READ COMMITTED) cannot both pass a check made by an earlier read.
     */
    private static void updateIfUnchanged(DSLContext tx, ProductRecord row, long id, int expectedVersion) {
        row.setVersion(expectedVersion + 1);
        int written = tx.update(PRODUCT).set(row)
                .where(PRODUCT.ID.eq((int) id).and(PRODUCT.VERSION.eq(expectedVersion))).execute();
        if (written == 0) {
            throw new StaleProductException(id);
        }
    }

    @Override
    public void moveToTrash(long id, Instant at, String who) {
        setDeletedAt(id, text(at), who, "TRASHED");
    }

    @Override
    public void restoreFromTrash(long id, String who) {
        setDeletedAt(id, null, who, "RESTORED");
    }

    private void setDeletedAt(long id, String deletedAt, String who, String event) {
        dsl.transaction(cfg -> {
            cfg.dsl().update(PRODUCT)
                    .set(PRODUCT.DELETED_AT, deletedAt)
                    .set(PRODUCT.VERSION, PRODUCT.VERSION.plus(1))
                    .where(PRODUCT.ID.eq((int) id))
                    .execute();
            ActivityWriter.insert(cfg.dsl(), List.of(
                    new ActivityEntry(id, event, null, null, clock.instant(), who)));
            OutboxWriter.enqueueListingsOf(cfg.dsl(), id, clock.instant());
        });
    }

    @Override
    public void purge(long id) {
        dsl.deleteFrom(PRODUCT).where(PRODUCT.ID.eq((int) id).and(PRODUCT.DELETED_AT.isNotNull())).execute();
    }

    /**
     * The row and its tags as of one moment: what the caller saves next carries this version, so tags read from
     * before another desktop's save paired with the version after it would overwrite that save's tags unseen. The
     * shared lock waits for a save in progress and keeps the next one out until both reads are done.
     */
    @Override
    public Optional<Product> find(long id) {
        Condition one = PRODUCT.ID.eq((int) id);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            RowLocks.forShare(tx, tx.select(PRODUCT.ID).from(PRODUCT).where(one)).fetch();
            return ProductRows.read(tx, one, tags.tagsByProduct(tx, one)).stream().findFirst();
        });
    }

    @Override
    public boolean skuExists(String sku, long exceptId) {
        return dsl.fetchExists(PRODUCT, PRODUCT.SKU.eq(sku).and(PRODUCT.ID.ne((int) exceptId)));
    }

    @Override
    public List<Product> findActive() {
        return fetch(PRODUCT.DELETED_AT.isNull());
    }

    @Override
    public List<Product> findActiveFirst(int limit) {
        List<Product> first = new java.util.ArrayList<>();
        for (Stage stage : Stage.values()) {
            Condition inStage = PRODUCT.DELETED_AT.isNull().and(PRODUCT.STAGE.eq(stage.name()));
            var ids = dsl.select(PRODUCT.ID).from(PRODUCT).where(inStage)
                    .orderBy(PRODUCT.LAUNCH_DATE.asc().nullsLast(), PRODUCT.SKU).limit(limit).fetch(PRODUCT.ID);
            List<Product> products = new java.util.ArrayList<>(fetch(PRODUCT.ID.in(ids)));
            products.sort(java.util.Comparator.comparingInt(p -> ids.indexOf((int) p.id())));
            first.addAll(products);
        }
        return first;
    }

    @Override
    public Map<Stage, Integer> countActiveByStage() {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0);
        }
        dsl.select(PRODUCT.STAGE, org.jooq.impl.DSL.count()).from(PRODUCT).where(PRODUCT.DELETED_AT.isNull())
                .groupBy(PRODUCT.STAGE)
                .forEach(r -> counts.put(Stage.valueOf(r.value1()), r.value2()));
        return counts;
    }

    @Override
    public List<Product> findTrashed() {
        return fetch(PRODUCT.DELETED_AT.isNotNull());
    }

    private List<Product> fetch(Condition condition) {
        return ProductRows.read(dsl, condition, tags.tagsByProduct(dsl, condition));
    }

    @Override
    public List<String> allTags() {
        return dsl.select(TAG.NAME).from(TAG)
                .whereExists(dsl.selectOne().from(PRODUCT_TAG).join(PRODUCT).on(PRODUCT.ID.eq(PRODUCT_TAG.PRODUCT_ID))
                        .where(PRODUCT_TAG.TAG_ID.eq(TAG.ID).and(PRODUCT.DELETED_AT.isNull())))
                .orderBy(TAG.NAME).fetch(TAG.NAME);
    }

    @Override
    public List<StageMove> stageHistory(long productId) {
        return stageMoves(STAGE_HISTORY.PRODUCT_ID.eq((int) productId));
    }

    @Override
    public List<StageMove> allStageMoves() {
        return stageMoves(org.jooq.impl.DSL.noCondition());
    }

    private List<StageMove> stageMoves(Condition condition) {
        return dsl.selectFrom(STAGE_HISTORY).where(condition).orderBy(STAGE_HISTORY.ID).fetch(r -> new StageMove(
                r.getProductId(), r.getFromStage() == null ? null : Stage.valueOf(r.getFromStage()),
                Stage.valueOf(r.getToStage()), instant(r.getMovedAt()), r.getMovedBy(), r.getReason()));
    }

    @Override
    public List<ActivityEntry> activity(long productId) {
        return dsl.selectFrom(ACTIVITY_LOG).where(ACTIVITY_LOG.PRODUCT_ID.eq((int) productId))
                .orderBy(ACTIVITY_LOG.ID).fetch(r -> new ActivityEntry(r.getProductId(), r.getField(),
                        r.getOldValue(), r.getNewValue(), instant(r.getChangedAt()), r.getChangedBy()));
    }

    @Override
    public int countDemoProducts() {
        return dsl.fetchCount(PRODUCT, PRODUCT.IS_DEMO.eq(1));
    }

    @Override
    public int deleteDemoProducts() {
        return dsl.deleteFrom(PRODUCT).where(PRODUCT.IS_DEMO.eq(1)).execute();
    }
}
