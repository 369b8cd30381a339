package com.mallboard.store;

import java.nio.file.Path;

/** The database was last used by a newer Mallboard; opening it here could damage data this version cannot see. */
public class NewerSchemaException extends StoreException {
    private final Path file;
    private final String databaseVersion;
    private final String appVersion;

    public NewerSchemaException(Path file, String databaseVersion, String appVersion) {
        super("The database " + file + " has schema version " + databaseVersion
                + ", newer than this Mallboard understands (" + appVersion + "). Please update Mallboard.");
        this.file = file;
        this.databaseVersion = databaseVersion;
        this.appVersion = appVersion;
    }

    public Path file() {
        return file;
    }

    public String databaseVersion() {
        return databaseVersion;
    }

    public String appVersion() {
        return appVersion;
    }
}
