package com.mallboard.store;

import static com.mallboard.store.ProductMapper.text;
import static com.mallboard.store.generated.Tables.ACTIVITY_LOG;
import static com.mallboard.store.generated.Tables.LISTING;
import static com.mallboard.store.generated.Tables.MALL;
import static com.mallboard.store.generated.Tables.PRODUCT;
import static com.mallboard.store.generated.Tables.PRODUCT_TAG;
import static com.mallboard.store.generated.Tables.STAGE_HISTORY;
import static com.mallboard.store.generated.Tables.TAG;

import com.mallboard.product.ActivityEntry;
import com.mallboard.product.DuplicateSkuException;
import com.mallboard.product.NewProduct;
import com.mallboard.product.ProductUpdate;
import com.mallboard.product.StaleProductException;
import com.mallboard.store.generated.tables.records.ActivityLogRecord;
import com.mallboard.store.generated.tables.records.ProductRecord;
import com.mallboard.store.generated.tables.records.ProductTagRecord;
import com.mallboard.store.generated.tables.records.StageHistoryRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.TableRecord;

/**
 * Many products written inside the caller's transaction with a handful of JDBC batches instead of several
 * statements per product (an import of 10,000 products was 70,000 single statements). Checks that a single write
 * gets from SQLite (unique SKU, the version read at preview) are made up front with one query each, so the same
 * {@link DuplicateSkuException} and {@link StaleProductException} reach the caller and the transaction rolls back.
 */
final class BulkProductWriter {
    private final DSLContext tx;
    private final Instant now;

    BulkProductWriter(DSLContext tx, Instant now) {
        this.tx = tx;
        this.now = now;
    }

    void write(Collection<NewProduct> inserts, Collection<ProductUpdate> updates, String who) {
        Map<String, Integer> idBySku = idsBySku();
        checkSkus(inserts, updates, idBySku);
        checkVersions(updates);
        String at = text(now);
        List<ProductRecord> rows = new ArrayList<>();
        for (NewProduct product : inserts) {
            ProductRecord row = tx.newRecord(PRODUCT);
            ProductMapper.writeDetails(row, product.details());
            row.setStage(product.stage().name());
            row.setIsDemo(product.demo() ? 1 : 0);
            row.setStageEnteredAt(text(product.stageEnteredAt()));
            row.setCreatedAt(at);
            row.setUpdatedAt(at);
            row.setVersion(1);
            rows.add(row);
        }
        for (ProductUpdate update : updates) {
            ProductRecord row = tx.newRecord(PRODUCT);
            ProductMapper.writeDetails(row, update.details());
            row.setUpdatedAt(at);
            row.setVersion(update.expectedVersion() + 1);
            row.setId((int) update.id());
            row.changed(PRODUCT.ID, false);
            rows.add(row);
        }
        insertAll(rows.subList(0, inserts.size()));
        updateAll(rows.subList(inserts.size(), rows.size()));
        Map<String, Integer> ids = inserts.isEmpty() ? idBySku : idsBySku();
        insertHistory(inserts, ids, who);
        Map<Long, Set<String>> tags = new HashMap<>();
        inserts.forEach(p -> tags.put((long) ids.get(p.details().sku()), p.tags()));
        updates.forEach(u -> tags.put(u.id(), u.tags()));
        replaceTags(tags, updates.stream().map(ProductUpdate::id).toList());
        insertActivity(updates.stream().flatMap(u -> u.changes().stream()).toList());
        enqueueListings(updates.stream().map(ProductUpdate::id).toList());
    }

    /**
     * Inserts records as one JDBC batch per set of columns set: the SQL is rendered once and only values are bound
     * per row (jOOQ's {@code batchInsert} renders every record's statement).
     */
    private void insertAll(List<? extends TableRecord<?>> records) {
        Map<List<Field<?>>, List<TableRecord<?>>> byColumns = new LinkedHashMap<>();
        for (TableRecord<?> record : records) {
            List<Field<?>> columns = Arrays.stream(record.fields()).filter(record::changed).toList();
            byColumns.computeIfAbsent(columns, c -> new ArrayList<>()).add(record);
        }
        byColumns.forEach((columns, group) -> {
            BatchBindStep batch = tx.batch(tx.insertInto(group.get(0).getTable()).columns(columns)
                    .values(Collections.nCopies(columns.size(), null)));
            group.forEach(record -> batch.bind(columns.stream().map(record::get).toArray()));
            batch.execute();
        });
    }

    /** Updates products by id as one JDBC batch, the SQL rendered once. */
    private void updateAll(List<ProductRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        // Every record was given all detail columns; one left null may not count as changed, so take them all.
        Set<Field<?>> set = new java.util.LinkedHashSet<>();
        records.forEach(record -> Arrays.stream(record.fields()).filter(record::changed).forEach(set::add));
        List<Field<?>> columns = List.copyOf(set);
        Map<Field<?>, Object> nothing = new LinkedHashMap<>();
        columns.forEach(column -> nothing.put(column, null));
        // Compare-and-set on the version read at preview: the check above tells which product is stale; this makes
        // the write itself refuse one changed in between (another desktop, between the check and the batch).
        BatchBindStep batch = tx.batch(tx.update(PRODUCT).set(nothing)
                .where(PRODUCT.ID.eq((Integer) null).and(PRODUCT.VERSION.eq((Integer) null))));
        for (ProductRecord record : records) {
            List<Object> values = new ArrayList<>(columns.stream().map(record::get).toList());
            values.add(record.getId());
            values.add(record.getVersion() - 1);
            batch.bind(values.toArray());
        }
        int[] written = batch.execute();
        for (int i = 0; i < written.length; i++) {
            if (written[i] == 0) {
                throw new StaleProductException(records.get(i).getId());
            }
        }
    }

    private Map<String, Integer> idsBySku() {
        Map<String, Integer> ids = new HashMap<>();
        tx.select(PRODUCT.ID, PRODUCT.SKU).from(PRODUCT).forEach(r -> ids.put(r.value2(), r.value1()));
        return ids;
    }

    /** A SKU another product (stored, or earlier in this write) has is refused as the UNIQUE index would. */
    private static void checkSkus(Collection<NewProduct> inserts, Collection<ProductUpdate> updates,
            Map<String, Integer> idBySku) {
        Set<String> seen = new HashSet<>();
        for (NewProduct product : inserts) {
            String sku = product.details().sku();
            if (idBySku.containsKey(sku) || !seen.add(sku)) {
                throw new DuplicateSkuException(sku);
            }
        }
        for (ProductUpdate update : updates) {
            Integer owner = idBySku.get(update.details().sku());
            if (owner != null && owner != update.id() || seen.contains(update.details().sku())) {
                throw new DuplicateSkuException(update.details().sku());
            }
        }
    }

    private void checkVersions(Collection<ProductUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        Map<Integer, Integer> versions = new HashMap<>();
        // A plain read: it only names the stale product early; the compare-and-set write is what refuses one changed
        // since, so no table-wide lock holds every other desktop's edits for the length of an import.
        tx.select(PRODUCT.ID, PRODUCT.VERSION).from(PRODUCT).forEach(r -> versions.put(r.value1(), r.value2()));
        for (ProductUpdate update : updates) {
            Integer version = versions.get((int) update.id());
            if (version == null || version != update.expectedVersion()) {
                throw new StaleProductException(update.id());
            }
        }
    }

    /** A new product has just entered its stage: one history row, as a single insert writes it. */
    private void insertHistory(Collection<NewProduct> inserts, Map<String, Integer> ids, String who) {
        List<StageHistoryRecord> history = new ArrayList<>();
        for (NewProduct product : inserts) {
            StageHistoryRecord row = tx.newRecord(STAGE_HISTORY);
            row.setProductId(ids.get(product.details().sku()));
            row.setFromStage(null);
            row.setToStage(product.stage().name());
            row.setMovedAt(text(product.stageEnteredAt()));
            row.setMovedBy(who);
            history.add(row);
        }
        insertAll(history);
    }

    private void replaceTags(Map<Long, Set<String>> tagsByProduct, List<Long> updatedIds) {
        List<Query> deletes = updatedIds.stream().<Query>map(id -> tx.deleteFrom(PRODUCT_TAG)
                .where(PRODUCT_TAG.PRODUCT_ID.eq(id.intValue()))).toList();
        tx.batch(deletes).execute();
        Set<String> names = new HashSet<>();
        tagsByProduct.values().forEach(names::addAll);
        tx.batch(names.stream().<Query>map(name -> tx.insertInto(TAG, TAG.NAME).values(name).onConflictDoNothing())
                .toList()).execute();
        Map<String, Integer> tagIds = new HashMap<>();
        tx.select(TAG.ID, TAG.NAME).from(TAG).forEach(r -> tagIds.put(r.value2(), r.value1()));
        List<ProductTagRecord> links = new ArrayList<>();
        tagsByProduct.forEach((productId, tags) -> tags.forEach(tag -> {
            ProductTagRecord link = tx.newRecord(PRODUCT_TAG);
            link.setProductId(productId.intValue());
            link.setTagId(tagIds.get(tag));
            links.add(link);
        }));
        insertAll(links);
    }

    private void insertActivity(List<ActivityEntry> entries) {
        List<ActivityLogRecord> rows = new ArrayList<>();
        for (ActivityEntry e : entries) {
            ActivityLogRecord row = tx.newRecord(ACTIVITY_LOG);
            row.setProductId((int) e.productId());
            row.setField(e.field());
            row.setOldValue(e.oldValue());
            row.setNewValue(e.newValue());
            row.setChangedAt(text(e.changedAt()));
            row.setChangedBy(e.changedBy());
            rows.add(row);
        }
        insertAll(rows);
    }

    /** Only products listed on an enabled mall get push jobs; one query finds them instead of one per product. */
    private void enqueueListings(List<Long> updatedIds) {
        if (updatedIds.isEmpty()) {
            return;
        }
        Set<Integer> updated = new HashSet<>();
        updatedIds.forEach(id -> updated.add(id.intValue()));
        Set<Long> listed = new HashSet<>();
        tx.select(LISTING.PRODUCT_ID).from(LISTING).join(MALL).on(MALL.ID.eq(LISTING.MALL_REF)).where(MALL.ENABLED.eq(1))
                .forEach(r -> {
                    if (updated.contains(r.value1())) {
                        listed.add(r.value1().longValue());
                    }
                });
        listed.forEach(id -> OutboxWriter.enqueueListingsOf(tx, id, now));
    }
}
