package com.mallboard.store;

import com.mallboard.team.ServerAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The store a test runs on: a migrated SQLite file in the test's temp folder, or, when the build runs the store suite
 * on PostgreSQL ({@code -Dmallboard.test.store=postgresql}), a fresh database on the test server cloned from a
 * template migrated once per JVM. The server is found through {@code MALLBOARD_TEST_PG_URL} (a JDBC URL without a
 * database name), {@code MALLBOARD_TEST_PG_USER} and {@code MALLBOARD_TEST_PG_PASSWORD}, which default to what
 * {@code .ci/postgresql-setup.sh} makes.
 */
public final class TestDatabases {
    /**
     * Older databases are closed, emptied and handed to a later test (a test holds at most a few stores open at
     * once); dropping one would cost a server checkpoint, emptying it a few milliseconds.
     */
    private static final int KEEP_OPEN = 8;
    private static final String PREFIX = "mb_test_" + ProcessHandle.current().pid() + "_";
    private static final Deque<Opened> OPENED = new ArrayDeque<>();
    private static final Deque<String> EMPTIED = new ArrayDeque<>();
    /** A test that opens the same folder again (a restart) gets the same database again. */
    private static final Map<Path, String> BY_FOLDER = new HashMap<>();
    private static int counter;
    private static boolean templateReady;

    private TestDatabases() {
    }

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("mallboard.test.store", "sqlite").toLowerCase(Locale.ROOT));
    }

    /** A migrated, empty store: SQLite in {@code folder}, or a new database on the test server. */
    public static Database open(Path folder) {
        return onPostgres() ? freshServerDatabase(folder) : Database.open(folder);
    }

    /** A second desktop on the same store as {@code first}: the same file, or the same server database. */
    public static Database openAgain(Database first) {
        return open(first.file().getParent());
    }

    public static ServerAddress serverAddress(String database) {
        return new ServerAddress(serverUrl() + database, user());
    }

    public static String password() {
        return env("MALLBOARD_TEST_PG_PASSWORD", "mallboard");
    }

    /** Runs {@code sql} as the test server's administrator (creating databases and roles). */
    public static void admin(String database, String... sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl() + database, user(), password());
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL test server at " + serverUrl() + " refused: " + e.getMessage()
                    + ". Start it with .ci/postgresql-setup.sh, or point MALLBOARD_TEST_PG_URL at one.", e);
        }
    }

    private static synchronized Database freshServerDatabase(Path folder) {
        String template = PREFIX + "template";
        if (!templateReady) {
            dropLeftOversOfEndedRuns();
            admin("postgres", "DROP DATABASE IF EXISTS " + template, "CREATE DATABASE " + template);
            Database.connect(serverAddress(template), password(), folder.resolve(Database.FILE_NAME)).close();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll));
            templateReady = true;
        }
        String name = BY_FOLDER.get(folder);
        if (name == null) {
            while (OPENED.stream().map(Opened::name).distinct().count() >= KEEP_OPEN) {
                EMPTIED.addLast(closeAndEmpty(OPENED.getFirst().name()));
            }
            name = EMPTIED.isEmpty() ? createFromTemplate(template) : EMPTIED.removeFirst();
            BY_FOLDER.put(folder, name);
        }
        Database database = Database.connectMigrated(serverAddress(name), password(), folder.resolve(Database.FILE_NAME));
        OPENED.addLast(new Opened(name, database));
        return database;
    }

    /** A test JVM that was killed (a cancelled build) could not drop its databases; the next run does. */
    private static void dropLeftOversOfEndedRuns() {
        List<String> ended = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(serverUrl() + "postgres", user(), password());
                Statement statement = connection.createStatement();
                ResultSet names = statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE datname LIKE 'mb\\_test\\_%'")) {
            while (names.next()) {
                String name = names.getString(1);
                long pid = Long.parseLong(name.split("_")[2]);
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                ended.add("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException | NumberFormatException e) {
            return; // only tidying; the run itself uses names of its own
        }
        if (!ended.isEmpty()) {
            admin("postgres", ended.toArray(String[]::new));
        }
    }

    private static String createFromTemplate(String template) {
        String name = PREFIX + (++counter);
        admin("postgres", "CREATE DATABASE " + name + " TEMPLATE " + template);
        return name;
    }

    /** Every table but Flyway's history, emptied with its identities restarted: as fresh as a new clone. */
    private static String closeAndEmpty(String name) {
        OPENED.removeIf(opened -> {
            if (opened.name().equals(name)) {
                opened.database().close();
                return true;
            }
            return false;
        });
        BY_FOLDER.values().remove(name);
        admin(name, """
                DO $$ BEGIN
                  EXECUTE (SELECT 'TRUNCATE TABLE ' || string_agg(quote_ident(tablename), ', ')
                                  || ' RESTART IDENTITY CASCADE'
                           FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history');
                END $$""");
        return name;
    }

    private static synchronized void dropAll() {
        OPENED.forEach(opened -> opened.database().close());
        OPENED.stream().map(Opened::name).distinct().forEach(EMPTIED::addLast);
        String[] drops = EMPTIED.stream().map(name -> "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
                .toArray(String[]::new);
        admin("postgres", drops);
        admin("postgres", "DROP DATABASE IF EXISTS " + PREFIX + "template");
    }

    private static String serverUrl() {
        String url = env("MALLBOARD_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
        return url.endsWith("/") ? url : url + "/";
    }

    private static String user() {
        return env("MALLBOARD_TEST_PG_USER", "mallboard_test");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private record Opened(String name, Database database) {
    }
}
