package com.mallboard.store;

import com.mallboard.backup.DatabaseCheck;
import com.mallboard.settings.DatabaseFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The database file as a whole: SQLite's online backup ({@code backup to}), a check of a copy, its schema's age. */
public final class SqliteDatabaseFiles implements DatabaseFiles {
    private final SqliteBackupStore backups = new SqliteBackupStore();

    @Override
    public String fileName() {
        return Database.FILE_NAME;
    }

    /** The backups' online copy, so a moved database is as consistent as a backup. */
    @Override
    public void copy(Path from, Path to) {
        try {
            backups.copy(from, to);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot copy the database " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void verify(Path original, Path copy, boolean countRows) {
        try (Connection source = DriverManager.getConnection(url(original));
                Connection target = DriverManager.getConnection(url(copy))) {
            DatabaseCheck check = backups.check(copy);
            if (!check.good()) {
                throw new StoreException("The copy " + copy + " is not usable: " + check.status() + " " + check.detail());
            }
            Map<String, Long> expected = rowCounts(source, countRows);
            Map<String, Long> found = rowCounts(target, countRows);
            if (!expected.equals(found)) {
                throw new StoreException("The copy " + copy + " holds other rows than " + original + ": " + found
                        + " instead of " + expected);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot check the copy " + copy + ": " + e.getMessage(), e);
        }
    }

    @Override
    public State inspect(Path file) {
        try {
            DataFolderLock.take(file.getParent()).ifPresent(DataFolderLock::close);
        } catch (DataFolderInUseException e) {
            return State.IN_USE;
        }
        return switch (backups.check(file).status()) {
            case GOOD -> State.USABLE;
            case NEWER -> State.NEWER;
            default -> State.NOT_A_DATABASE;
        };
    }

    /** Rows per table; every count is -1 without {@code countRows}, so only the tables' names are compared. */
    private static Map<String, Long> rowCounts(Connection connection, boolean countRows) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            String quoted = '"' + table.replace("\"", "\"\"") + '"';
            counts.put(table, countRows ? Long.parseLong(single(connection, "SELECT count(*) FROM " + quoted)) : -1L);
        }
        return counts;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }
}
