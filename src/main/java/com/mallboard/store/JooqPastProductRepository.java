package com.mallboard.store;

import static com.mallboard.store.generated.Tables.CHECKLIST_ACTION;
import static com.mallboard.store.generated.Tables.PRODUCT;
import static com.mallboard.store.generated.Tables.PRODUCT_TAG;
import static com.mallboard.store.generated.Tables.STAGE_HISTORY;
import static com.mallboard.store.generated.Tables.TAG;

import com.mallboard.product.Stage;
import com.mallboard.suggest.history.PastProduct;
import com.mallboard.suggest.history.PastProducts;
import com.mallboard.suggest.history.StageVisit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Completed products as history for learned suggestions: four queries whatever the number of products (products,
 * tags, stage entries, done actions), each restricted by the same sub-select instead of a bound id list, read
 * straight from the result sets.
 */
public class JooqPastProductRepository implements PastProducts {
    private final DSLContext dsl;

    public JooqPastProductRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<PastProduct> completed() {
        Condition completed = PRODUCT.STAGE.eq(Stage.DONE.name()).and(PRODUCT.DELETED_AT.isNull());
        Map<Long, Instant> completedAt = new LinkedHashMap<>();
        each(dsl.select(PRODUCT.ID, PRODUCT.STAGE_ENTERED_AT).from(PRODUCT).where(completed).orderBy(PRODUCT.ID),
                rs -> completedAt.put(rs.getLong(1), StoredTimes.instant(rs.getString(2))));
        Map<Long, Map<Stage, List<String>>> actions = doneActions(completed);
        Map<Long, Set<String>> tags = tags(completed);
        Map<Long, Map<Stage, Instant>> entries = entries(completed);
        List<PastProduct> history = new ArrayList<>(actions.size());
        completedAt.forEach((id, at) -> {
            Map<Stage, List<String>> done = actions.get(id);
            if (done != null) {
                history.add(new PastProduct(id, tags.getOrDefault(id, Set.of()),
                        visits(done, entries.getOrDefault(id, Map.of()), at), at));
            }
        });
        return history;
    }

    /** A stage with actions but no recorded entry (data from before stage history) counts as entered at completion. */
    private static Map<Stage, StageVisit> visits(Map<Stage, List<String>> done, Map<Stage, Instant> entered,
            Instant completedAt) {
        Map<Stage, StageVisit> visits = new EnumMap<>(Stage.class);
        entered.forEach((stage, at) -> visits.put(stage, new StageVisit(at, done.getOrDefault(stage, List.of()))));
        done.forEach((stage, titles) -> visits.putIfAbsent(stage, new StageVisit(completedAt, titles)));
        return visits;
    }

    private Map<Long, Map<Stage, List<String>>> doneActions(Condition completed) {
        Map<Long, Map<Stage, List<String>>> actions = new HashMap<>();
        each(dsl.select(CHECKLIST_ACTION.PRODUCT_ID, CHECKLIST_ACTION.STAGE, CHECKLIST_ACTION.TITLE)
                .from(CHECKLIST_ACTION)
                .where(CHECKLIST_ACTION.DONE.eq(1).and(CHECKLIST_ACTION.PRODUCT_ID.in(ids(completed))))
                .orderBy(CHECKLIST_ACTION.ID),
                rs -> actions.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Stage.class))
                        .computeIfAbsent(Stage.valueOf(rs.getString(2)), stage -> new ArrayList<>()).add(rs.getString(3)));
        return actions;
    }

    private Map<Long, Set<String>> tags(Condition completed) {
        Map<Long, Set<String>> tags = new HashMap<>();
        each(dsl.select(PRODUCT_TAG.PRODUCT_ID, TAG.NAME).from(PRODUCT_TAG).join(TAG).on(TAG.ID.eq(PRODUCT_TAG.TAG_ID))
                .where(PRODUCT_TAG.PRODUCT_ID.in(ids(completed))),
                rs -> tags.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2)));
        return tags;
    }

    /** When each product last entered each stage: a product sent back and forth learned from its last visit. */
    private Map<Long, Map<Stage, Instant>> entries(Condition completed) {
        Map<Long, Map<Stage, Instant>> entries = new HashMap<>();
        each(dsl.select(STAGE_HISTORY.PRODUCT_ID, STAGE_HISTORY.TO_STAGE, STAGE_HISTORY.MOVED_AT).from(STAGE_HISTORY)
                .where(STAGE_HISTORY.PRODUCT_ID.in(ids(completed)))
                .orderBy(STAGE_HISTORY.MOVED_AT, STAGE_HISTORY.ID),
                rs -> entries.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Stage.class))
                        .put(Stage.valueOf(rs.getString(2)), StoredTimes.instant(rs.getString(3))));
        return entries;
    }

    /** Rows straight from the result set: a hundred thousand products' history is a million rows, records cost. */
    private static void each(ResultQuery<?> query, RowReader reader) {
        try (ResultSet rs = query.fetchResultSet()) {
            while (rs.next()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading completed products failed", e);
        }
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static Select<Record1<Integer>> ids(Condition completed) {
        return DSL.select(PRODUCT.ID).from(PRODUCT).where(completed);
    }
}
