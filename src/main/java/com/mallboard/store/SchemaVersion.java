package com.mallboard.store;

/** The schema version a data folder's database is at: the newest successful Flyway migration applied to it. */
public final class SchemaVersion {
    private SchemaVersion() {
    }

    /** For example {@code "10"}; {@code "none"} for a database no migration ran on. */
    public static String of(Database database) {
        org.jooq.Record newest = database.dsl().fetchOne(
                "select version from flyway_schema_history where success = 1 and version is not null"
                        + " order by installed_rank desc limit 1");
        return newest == null ? "none" : newest.get(0, String.class);
    }
}
