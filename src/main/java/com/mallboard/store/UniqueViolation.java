package com.mallboard.store;

import java.sql.SQLException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Tells a UNIQUE failure from other constraint failures, in SQLite's words or PostgreSQL's SQLSTATE. */
final class UniqueViolation {
    private static final String POSTGRES_UNIQUE = "23505";

    private UniqueViolation() {
    }

    static boolean is(IntegrityConstraintViolationException e) {
        if (e.getCause() instanceof SQLiteException sqlite) {
            return sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
        }
        return e.getCause() instanceof SQLException sql && POSTGRES_UNIQUE.equals(sql.getSQLState());
    }
}
