package com.mallboard.store;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.SelectForUpdateStep;

/**
 * Row locks for read-check-write transactions. PostgreSQL runs transactions side by side, so a row read to be
 * checked (a version, a queue entry) must be locked; SQLite has no row locks and needs none, since its one writer
 * already runs transactions one after another.
 */
final class RowLocks {
    private RowLocks() {
    }

    static <R extends Record> ResultQuery<R> forUpdate(DSLContext tx, SelectForUpdateStep<R> select) {
        return tx.dialect().family() == SQLDialect.POSTGRES ? select.forUpdate() : select;
    }

    /** A read that must see one row and its children as of one moment: writers wait until the reads are done. */
    static <R extends Record> ResultQuery<R> forShare(DSLContext tx, SelectForUpdateStep<R> select) {
        return tx.dialect().family() == SQLDialect.POSTGRES ? select.forShare() : select;
    }
}
