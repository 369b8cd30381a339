package com.mallboard.store;

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
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/** The database file as a whole: SQLite's online backup ({@code backup to}), a check of a copy, its schema's age. */
public final class SqliteDatabaseFiles implements DatabaseFiles {

    @Override
    public String fileName() {
        return Database.FILE_NAME;
    }

    @Override
    public void copy(Path from, Path to) {
        try (Connection connection = DriverManager.getConnection(url(from));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("backup to " + quoted(to.toAbsolutePath().toString()));
        } catch (SQLException e) {
            throw new StoreException("Cannot copy the database " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /** sqlite-jdbc's {@code backup to} takes a file name in double or single quotes, without that quote inside. */
    static String quoted(String path) {
        if (!path.contains("\"")) {
            return '"' + path + '"';
        }
        if (!path.contains("'")) {
            return '\'' + path + '\'';
        }
        throw new StoreException("The folder name " + path + " has both kinds of quotes; please choose another");
    }

    @Override
    public void verify(Path original, Path copy, boolean countRows) {
        try (Connection source = DriverManager.getConnection(url(original));
                Connection target = DriverManager.getConnection(url(copy))) {
            String integrity = single(target, "PRAGMA integrity_check");
            if (!"ok".equalsIgnoreCase(integrity)) {
                throw new StoreException("The copy " + copy + " is damaged: " + integrity);
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
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource(config);
        dataSource.setUrl(url(file));
        try (Connection connection = dataSource.getConnection()) {
            boolean hasTables = !"0".equals(single(connection, "SELECT count(*) FROM sqlite_master"));
            boolean ours = !"0".equals(single(connection,
                    "SELECT count(*) FROM sqlite_master WHERE name = 'flyway_schema_history'"));
            if (hasTables && !ours) {
                return State.NOT_A_DATABASE;
            }
            Database.refuseNewerSchema(Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration").load(), file);
            return State.USABLE;
        } catch (NewerSchemaException e) {
            return State.NEWER;
        } catch (SQLException | RuntimeException e) {
            return State.NOT_A_DATABASE;
        }
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
