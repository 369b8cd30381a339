package com.mallboard.store;

import static com.mallboard.store.generated.Tables.SAVED_FILTER;

import com.mallboard.board.BoardFilter;
import com.mallboard.board.SavedFilter;
import com.mallboard.board.SavedFilterRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Saved filters stored as a readable query string ("text=…&tag=…"), so a future filter field needs no migration. */
public class JooqSavedFilterRepository implements SavedFilterRepository {
    private final DSLContext dsl;

    public JooqSavedFilterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<SavedFilter> all() {
        return dsl.selectFrom(SAVED_FILTER).orderBy(SAVED_FILTER.NAME)
                .fetch(r -> new SavedFilter(r.getName(), decode(r.getQuery())));
    }

    @Override
    public void save(SavedFilter filter) {
        String query = encode(filter.filter());
        dsl.insertInto(SAVED_FILTER, SAVED_FILTER.NAME, SAVED_FILTER.QUERY).values(filter.name(), query)
                .onConflict(SAVED_FILTER.NAME).doUpdate().set(SAVED_FILTER.QUERY, query)
                .execute();
    }

    @Override
    public void delete(String name) {
        dsl.deleteFrom(SAVED_FILTER).where(SAVED_FILTER.NAME.eq(name)).execute();
    }

    static String encode(BoardFilter f) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("text", f.text());
        parts.put("tag", f.tag());
        parts.put("brand", f.brand());
        parts.put("influencer", f.influencer());
        parts.put("overdue", f.overdueOnly() ? "true" : null);
        parts.put("orders", f.openOrdersOnly() ? "true" : null);
        parts.put("risk", f.atRiskOnly() ? "true" : null);
        return parts.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static BoardFilter decode(String query) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                parts.put(pair.substring(0, eq),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return new BoardFilter(parts.get("text"), parts.get("tag"), parts.get("brand"), parts.get("influencer"),
                "true".equals(parts.get("overdue")), "true".equals(parts.get("orders")), "true".equals(parts.get("risk")));
    }
}
