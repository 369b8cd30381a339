package com.mallboard.store;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * After rows are copied with their ids, a PostgreSQL identity column would still hand out 1 next; each is moved
 * one past the largest id copied.
 */
final class IdentityCounters {
    private IdentityCounters() {
    }

    static void moveOnePastTheLargestId(DSLContext tx, List<Table<?>> tables) {
        for (Table<?> table : tables) {
            if (table.getIdentity() == null) {
                continue;
            }
            Field<?> id = table.getIdentity().getField();
            tx.resultQuery("SELECT setval(pg_get_serial_sequence({0}, {1}), coalesce(max({2}), 0) + 1, false) FROM {3}",
                    DSL.inline(table.getName()), DSL.inline(id.getName()), DSL.name(id.getName()), table).fetch();
        }
    }
}
