package com.mallboard.store;

import com.mallboard.backup.DatabaseCheck;
import java.nio.file.Path;

/**
 * The database file fails SQLite's integrity check or is not a database at all. The app offers to restore a backup
 * instead of showing this message; the command line prints it on one line.
 */
public class DamagedDatabaseException extends StoreException {
    private final Path file;
    private final transient DatabaseCheck check;

    public DamagedDatabaseException(Path file, DatabaseCheck check) {
        super("The database " + file + (check.status() == DatabaseCheck.Status.NOT_A_DATABASE
                ? " is not a database file" : " is damaged (it fails SQLite's integrity check)"));
        this.file = file;
        this.check = check;
    }

    public Path file() {
        return file;
    }

    public DatabaseCheck check() {
        return check;
    }
}
