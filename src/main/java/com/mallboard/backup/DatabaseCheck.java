package com.mallboard.backup;

/**
 * What a look inside a database file found.
 *
 * @param schemaVersion the newest migration applied, for a Mallboard database; else empty
 * @param detail SQLite's own words when the file is damaged or unreadable (for logs), else empty
 */
public record DatabaseCheck(Status status, String schemaVersion, String detail) {

    public enum Status {
        /** Passes SQLite's check, has Mallboard's schema history and is not newer than this build. */
        GOOD,
        MISSING,
        /** Not an SQLite database at all (a text file, a half-copied file, zeros). */
        NOT_A_DATABASE,
        /** An SQLite database whose pages fail the integrity check. */
        DAMAGED,
        /** A sound SQLite database, but not one of Mallboard's. */
        NOT_MALLBOARD,
        /** Written by a newer Mallboard than this one. */
        NEWER
    }

    public static DatabaseCheck good(String schemaVersion) {
        return new DatabaseCheck(Status.GOOD, schemaVersion, "");
    }

    public static DatabaseCheck of(Status status, String detail) {
        return new DatabaseCheck(status, "", detail);
    }

    public boolean good() {
        return status == Status.GOOD;
    }

    /** Damaged or not a database: the file cannot be opened as it is, but a restore can replace it. */
    public boolean broken() {
        return status == Status.DAMAGED || status == Status.NOT_A_DATABASE;
    }
}
