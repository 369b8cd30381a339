package com.mallboard.store;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.SelectForUpdateStep;

/**
 * Row locks for reads that must hang together. PostgreSQL runs transactions side by side; SQLite has no row locks
 * and needs none, since its one writer already runs transactions one after another. Version checks need no lock:
 * they are compare-and-set writes.
 */
final class RowLocks {
    private RowLocks() {
    }

    /** A read that must see one row and its children as of one moment: writers wait until the reads are done. */
    static <R extends Record> ResultQuery<R> forShare(DSLContext tx, SelectForUpdateStep<R> select) {
        return tx.dialect().family() == SQLDialect.POSTGRES ? select.forShare() : select;
    }
}
