package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;

/** Counts and versions for the About dialog and support diagnostics: cheap reads, nothing personal. */
public final class StoreFacts {
    private final DSLContext dsl;

    public StoreFacts(Database database) {
        this.dsl = database.dsl();
    }

    /** Products on the board (not in the trash). */
    public int productCount() {
        return dsl.fetchCount(PRODUCT, PRODUCT.DELETED_AT.isNull());
    }

    /** The newest migration applied, e.g. {@code 10}; Flyway's history table is not generated, so it is named here. */
    public String schemaVersion() {
        Record1<String> newest = dsl.select(DSL.field(DSL.name("version"), String.class))
                .from(DSL.table(DSL.name("flyway_schema_history")))
                .where(DSL.field(DSL.name("success"), Boolean.class).eq(true).and(DSL.field(DSL.name("version")).isNotNull()))
                .orderBy(DSL.field(DSL.name("installed_rank")).desc())
                .limit(1)
                .fetchOne();
        return newest == null ? "none" : newest.value1();
    }
}
