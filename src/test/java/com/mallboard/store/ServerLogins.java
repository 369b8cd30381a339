package com.mallboard.store;

import com.mallboard.team.Role;
import com.mallboard.team.ServerAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * People's own accounts on the test server, made as an administrator would (docs/operations.md): a login role granted
 * Mallboard's group roles. Names are unique per run; {@link #close()} drops them. Each person connects through the
 * app's own {@link Database#connect}, or through plain JDBC to show what the server itself answers.
 */
public final class ServerLogins implements AutoCloseable {
    static final String PASSWORD = "role-test-Pw1";
    private static int counter;

    private final String database;
    private final Path folder;
    private final List<String> users = new ArrayList<>();
    private final List<Database> opened = new ArrayList<>();

    /** People on {@code store}'s database (a test database the superuser migrated), their files in {@code folder}. */
    public static ServerLogins on(Database store, Path folder) {
        String url = store.server().orElseThrow().url();
        return new ServerLogins(url.substring(url.lastIndexOf('/') + 1), folder);
    }

    public ServerLogins(String database, Path folder) {
        this.database = database;
        this.folder = folder;
    }

    /** A new person holding {@code roles}, and their user name. */
    public synchronized String person(Role... roles) {
        String user = "mb_person_" + ProcessHandle.current().pid() + "_" + (++counter);
        TestDatabases.admin("postgres", "CREATE ROLE " + user + " LOGIN PASSWORD '" + PASSWORD + "'");
        users.add(user);
        for (Role role : roles) {
            TestDatabases.admin("postgres", "GRANT " + role.serverRole() + " TO " + user);
        }
        return user;
    }

    /** The store as {@code user} sees it, opened the way the app opens a team server. */
    public Database connect(String user) {
        ServerAddress address = new ServerAddress(TestDatabases.serverAddress(database).url(), user);
        Database connected = Database.connect(address, PASSWORD, folder.resolve(user + ".db"));
        opened.add(connected);
        return connected;
    }

    /** What the server answers {@code user}'s {@code sql} over plain JDBC: "ok", or the SQLSTATE it refused with. */
    public String answer(String user, String sql) {
        try (Connection connection = DriverManager.getConnection(TestDatabases.serverAddress(database).url(), user,
                PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return "ok";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    @Override
    public void close() {
        opened.forEach(Database::close);
        users.forEach(user -> TestDatabases.admin("postgres", "DROP ROLE IF EXISTS " + user));
    }
}
