package com.mallboard.backup;

import java.io.IOException;
import java.nio.file.Path;

/** What backups need from the database engine; implemented in {@code store} (SQLite's online backup API). */
public interface BackupStore {

    /**
     * Copies the database at {@code source} into the new file {@code target}, page by page through the database
     * engine, so the copy is consistent even while the app writes to the source.
     */
    void copy(Path source, Path target) throws IOException;

    /** Looks inside {@code file} without changing it: integrity, Mallboard's schema, its version. */
    DatabaseCheck check(Path file);
}
