package com.mallboard.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.ForeignKey;
import org.jooq.Table;

/** Tables ordered so that each comes after the tables its foreign keys point to (the order inserts must follow). */
final class TableOrder {
    private TableOrder() {
    }

    static List<Table<?>> referencedFirst(List<Table<?>> tables) {
        Set<Table<?>> ordered = new LinkedHashSet<>();
        for (Table<?> table : tables) {
            visit(table, ordered, new LinkedHashSet<>());
        }
        return new ArrayList<>(ordered);
    }

    private static void visit(Table<?> table, Set<Table<?>> ordered, Set<Table<?>> path) {
        if (ordered.contains(table) || !path.add(table)) {
            return;
        }
        for (ForeignKey<?, ?> reference : table.getReferences()) {
            Table<?> referenced = reference.getKey().getTable();
            if (!referenced.equals(table)) {
                visit(referenced, ordered, path);
            }
        }
        ordered.add(table);
    }
}
