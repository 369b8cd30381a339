package com.mallboard.store;

import com.mallboard.backup.BackupStore;
import com.mallboard.backup.DatabaseCheck;
import com.mallboard.backup.DatabaseCheck.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.NativeLibraryNotFoundException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * Backups through SQLite's online backup API ({@code sqlite3_backup_*}, reached through sqlite-jdbc's
 * {@code DB.backup}), and checks of database files. Each call opens its own connection, so a backup reads a
 * snapshot of the database while the app's connection goes on writing (WAL: readers and the writer do not wait
 * for each other).
 */
public final class SqliteBackupStore implements BackupStore {
    /** Every page in one step: the copy is one read transaction, so it is one consistent snapshot. */
    private static final int ALL_PAGES = -1;
    private static final int BUSY_SLEEP_MS = 100;
    private static final int BUSY_RETRIES = 50;
    private static final String HISTORY = "flyway_schema_history";

    @Override
    public void copy(Path source, Path target) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new NoSuchFileException(source.toString());
        }
        try (Connection connection = connect(source)) {
            int result = ((SQLiteConnection) connection).getDatabase().backup("main", target.toString(), null,
                    BUSY_SLEEP_MS, BUSY_RETRIES, ALL_PAGES);
            if (result != SQLiteErrorCode.SQLITE_OK.code) {
                throw new IOException("SQLite could not back up " + source + " (error " + result + ")");
            }
        } catch (SQLException e) {
            throw new IOException("Cannot back up " + source + ": " + e.getMessage(), e);
        }
        selfContained(target);
    }

    /** A backup is one file: no write-ahead log beside it that could be lost when it is copied elsewhere. */
    private static void selfContained(Path backup) throws IOException {
        try (Connection connection = connect(backup); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=DELETE");
        } catch (SQLException e) {
            throw new IOException("Cannot finish the backup " + backup + ": " + e.getMessage(), e);
        }
    }

    /** The full {@code PRAGMA integrity_check}, then Mallboard's schema: for a backup about to be restored. */
    @Override
    public DatabaseCheck check(Path file) {
        if (!Files.isRegularFile(file)) {
            return DatabaseCheck.of(Status.MISSING, "");
        }
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            DatabaseCheck integrity = pragmaCheck(statement, "integrity_check");
            return integrity.good() ? schema(statement) : integrity;
        } catch (SQLException e) {
            return failed(e);
        }
    }

    /**
     * The start-up check: {@code PRAGMA quick_check}, which reads every page and checks the b-trees, records and free
     * list (torn writes, overwritten or truncated pages, a file that is no database) but not that each index matches
     * its table. On 100,000 products it takes about a third of the full check's time, and start-up has a 1.5 s budget
     * (docs/performance.md). The schema is left to Flyway.
     */
    static DatabaseCheck quickCheck(Path file) {
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            return pragmaCheck(statement, "quick_check");
        } catch (SQLException e) {
            return failed(e);
        }
    }

    /** Up to 20 problems are read: enough to log what is wrong, without reading a badly damaged file to the end. */
    private static DatabaseCheck pragmaCheck(Statement statement, String pragma) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA " + pragma + "(20)")) {
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
        }
        if (problems.equals(List.of("ok"))) {
            return DatabaseCheck.good("");
        }
        return DatabaseCheck.of(Status.DAMAGED, String.join("; ", problems));
    }

    private static DatabaseCheck schema(Statement statement) throws SQLException {
        try (ResultSet table = statement.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + HISTORY + "'")) {
            if (!table.next() || table.getInt(1) == 0) {
                return DatabaseCheck.of(Status.NOT_MALLBOARD, "no " + HISTORY);
            }
        }
        MigrationVersion newest = null;
        try (ResultSet versions = statement.executeQuery(
                "SELECT version FROM " + HISTORY + " WHERE success = 1 AND version IS NOT NULL")) {
            while (versions.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(versions.getString(1));
                newest = newest == null || version.compareTo(newest) > 0 ? version : newest;
            }
        }
        if (newest == null) {
            return DatabaseCheck.of(Status.NOT_MALLBOARD, "no applied migration");
        }
        if (newest.compareTo(SchemaVersions.latestKnown()) > 0) {
            return new DatabaseCheck(Status.NEWER, newest.getVersion(), "");
        }
        return DatabaseCheck.good(newest.getVersion());
    }

    private static DatabaseCheck failed(SQLException e) {
        if (e.getCause() instanceof NativeLibraryNotFoundException || e.getCause() instanceof LinkageError) {
            // SQLite itself did not start (its native library could not be loaded): the file was never read.
            throw new StoreException("Cannot start SQLite: its native library could not be loaded ("
                    + e.getCause().getMessage() + "); reinstall Mallboard, or check that the temporary folder "
                    + "can be written", e);
        }
        int code = e.getErrorCode();
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return DatabaseCheck.of(Status.NOT_A_DATABASE, e.getMessage());
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code
                || code == SQLiteErrorCode.SQLITE_CANTOPEN.code || code == SQLiteErrorCode.SQLITE_IOERR.code) {
            // Not a fault of the file: another program holds it, or the disk or permissions failed.
            throw new StoreException("Cannot read the database file: " + e.getMessage(), e);
        }
        return DatabaseCheck.of(Status.DAMAGED, e.getMessage());
    }

    /** A plain connection: no pragmas that write, so checking a file does not change it. */
    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5_000);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
