package com.mallboard.store;

/** The database was last used by a newer Mallboard; opening it here could damage data this version cannot see. */
public class NewerSchemaException extends StoreException {
    private final String where;
    private final String databaseVersion;
    private final String appVersion;

    public NewerSchemaException(String where, String databaseVersion, String appVersion) {
        super("The database " + where + " has schema version " + databaseVersion
                + ", newer than this Mallboard understands (" + appVersion + "). Please update Mallboard.");
        this.where = where;
        this.databaseVersion = databaseVersion;
        this.appVersion = appVersion;
    }

    /** The file, or the team server, that holds the database. */
    public String where() {
        return where;
    }

    public String databaseVersion() {
        return databaseVersion;
    }

    public String appVersion() {
        return appVersion;
    }
}
