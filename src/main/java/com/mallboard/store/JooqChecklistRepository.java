package com.mallboard.store;

import static com.mallboard.store.ProductMapper.date;
import static com.mallboard.store.ProductMapper.text;
import static com.mallboard.store.generated.Tables.CHECKLIST_ACTION;

import com.mallboard.product.ActionSource;
import com.mallboard.product.ActivityEntry;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.ChecklistRepository;
import com.mallboard.product.Stage;
import com.mallboard.store.generated.tables.records.ChecklistActionRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Checklist actions in SQLite through jOOQ. */
public class JooqChecklistRepository implements ChecklistRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public JooqChecklistRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public ChecklistAction add(long productId, String title, Stage stage, LocalDate dueDate, ActionSource source,
            boolean requiredByGate) {
        ChecklistActionRecord row = dsl.newRecord(CHECKLIST_ACTION);
        row.setProductId((int) productId);
        row.setTitle(title);
        row.setStage(stage.name());
        row.setDueDate(text(dueDate));
        row.setDone(0);
        row.setSource(source.name());
        row.setRequiredByGate(requiredByGate ? 1 : 0);
        row.setCreatedAt(text(clock.instant()));
        row.store();
        return toAction(row);
    }

    @Override
    public void setDone(long actionId, boolean done) {
        dsl.update(CHECKLIST_ACTION).set(CHECKLIST_ACTION.DONE, done ? 1 : 0)
                .where(CHECKLIST_ACTION.ID.eq((int) actionId)).execute();
    }

    @Override
    public void setRequiredByGate(long actionId, boolean required, ActivityEntry logLine) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.update(CHECKLIST_ACTION).set(CHECKLIST_ACTION.REQUIRED_BY_GATE, required ? 1 : 0)
                    .where(CHECKLIST_ACTION.ID.eq((int) actionId)).execute();
            ActivityWriter.insert(tx, List.of(logLine));
        });
    }

    @Override
    public ChecklistAction complete(long productId, Stage stage, List<String> titles, ActivityEntry logLine) {
        List<String> lowerTitles = titles.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            ChecklistActionRecord row = tx.selectFrom(CHECKLIST_ACTION)
                    .where(CHECKLIST_ACTION.PRODUCT_ID.eq((int) productId))
                    .and(CHECKLIST_ACTION.STAGE.eq(stage.name()))
                    .and(DSL.lower(CHECKLIST_ACTION.TITLE).in(lowerTitles))
                    .orderBy(CHECKLIST_ACTION.ID).limit(1).fetchOne();
            if (row != null && row.getDone() != 0) {
                return toAction(row);
            }
            if (row == null) {
                row = tx.newRecord(CHECKLIST_ACTION);
                row.setProductId((int) productId);
                row.setTitle(titles.get(0));
                row.setStage(stage.name());
                row.setSource(ActionSource.MANUAL.name());
                row.setRequiredByGate(0);
                row.setCreatedAt(text(clock.instant()));
            }
            row.setDone(1);
            row.store();
            ActivityWriter.insert(tx, List.of(logLine));
            return toAction(row);
        });
    }

    @Override
    public void delete(long actionId) {
        dsl.deleteFrom(CHECKLIST_ACTION).where(CHECKLIST_ACTION.ID.eq((int) actionId)).execute();
    }

    @Override
    public List<ChecklistAction> forProduct(long productId) {
        return dsl.selectFrom(CHECKLIST_ACTION).where(CHECKLIST_ACTION.PRODUCT_ID.eq((int) productId))
                .orderBy(CHECKLIST_ACTION.STAGE.sortAsc(stageOrder()), CHECKLIST_ACTION.ID)
                .fetch(JooqChecklistRepository::toAction);
    }

    @Override
    public Map<Long, List<ChecklistAction>> forProducts(Collection<Long> productIds) {
        Map<Long, List<ChecklistAction>> actions = new HashMap<>();
        IdChunks.forEach(productIds, ids -> dsl.selectFrom(CHECKLIST_ACTION).where(CHECKLIST_ACTION.PRODUCT_ID.in(ids))
                .orderBy(CHECKLIST_ACTION.ID)
                .forEach(r -> actions.computeIfAbsent(r.getProductId().longValue(), id -> new ArrayList<>())
                        .add(toAction(r))));
        return actions;
    }

    @Override
    public Map<Long, ChecklistProgress> progressByProduct(LocalDate today) {
        return progress(DSL.noCondition(), today);
    }

    @Override
    public ChecklistProgress progressOf(long productId, LocalDate today) {
        return progress(CHECKLIST_ACTION.PRODUCT_ID.eq((int) productId), today)
                .getOrDefault(productId, ChecklistProgress.NONE);
    }

    @Override
    public Map<Long, ChecklistProgress> progressOf(Collection<Long> productIds, LocalDate today) {
        return progress(CHECKLIST_ACTION.PRODUCT_ID.in(productIds.stream().map(Long::intValue).toList()), today);
    }

    private Map<Long, ChecklistProgress> progress(Condition condition, LocalDate today) {
        var done = DSL.sum(CHECKLIST_ACTION.DONE);
        var overdue = DSL.count().filterWhere(CHECKLIST_ACTION.DONE.eq(0)
                .and(CHECKLIST_ACTION.DUE_DATE.lt(today.toString())));
        Map<Long, ChecklistProgress> progress = new HashMap<>();
        dsl.select(CHECKLIST_ACTION.PRODUCT_ID, done, DSL.count(), overdue)
                .from(CHECKLIST_ACTION)
                .where(condition)
                .groupBy(CHECKLIST_ACTION.PRODUCT_ID)
                .forEach(r -> progress.put(r.value1().longValue(),
                        new ChecklistProgress(r.value2().intValue(), r.value3(), r.value4())));
        openRequired(condition).forEach((productId, titles) ->
                progress.computeIfPresent(productId, (id, counted) -> counted.withOpenRequired(titles)));
        return progress;
    }

    /** The open required actions' titles by product and stage: few rows, read through a partial index (V9). */
    private Map<Long, Map<Stage, List<String>>> openRequired(Condition condition) {
        Map<Long, Map<Stage, List<String>>> open = new HashMap<>();
        dsl.select(CHECKLIST_ACTION.PRODUCT_ID, CHECKLIST_ACTION.STAGE, CHECKLIST_ACTION.TITLE)
                .from(CHECKLIST_ACTION)
                .where(condition).and(CHECKLIST_ACTION.REQUIRED_BY_GATE.eq(1)).and(CHECKLIST_ACTION.DONE.eq(0))
                .orderBy(CHECKLIST_ACTION.ID)
                .forEach(r -> open.computeIfAbsent(r.value1().longValue(), id -> new EnumMap<>(Stage.class))
                        .computeIfAbsent(Stage.valueOf(r.value2()), stage -> new ArrayList<>()).add(r.value3()));
        return open;
    }

    private static List<String> stageOrder() {
        return java.util.Arrays.stream(Stage.values()).map(Stage::name).toList();
    }

    private static ChecklistAction toAction(ChecklistActionRecord r) {
        return new ChecklistAction(r.getId(), r.getProductId(), r.getTitle(), Stage.valueOf(r.getStage()),
                date(r.getDueDate()), r.getDone() != 0, ActionSource.valueOf(r.getSource()), r.getRequiredByGate() != 0);
    }
}
