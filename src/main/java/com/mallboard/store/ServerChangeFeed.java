package com.mallboard.store;

import com.mallboard.board.BoardChanges;
import com.mallboard.board.ChangeBroadcast;
import com.mallboard.board.ChangedCards;
import com.mallboard.team.ServerAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live board's ear on the team server: LISTEN on a connection of its own (a pooled one would be handed to other
 * work and miss notifications), polled by a daemon thread. Notifications that arrive close together are handed on as
 * one batch. When the connection drops it tries again with growing pauses; once back it asks for a full reload,
 * because whatever was notified meanwhile is lost. The payloads are written by the V12 triggers.
 */
final class ServerChangeFeed implements BoardChanges {
    /** The channel the V12 triggers notify. */
    static final String CHANNEL = "mallboard_changes";
    /** Told apart from the pool in pg_stat_activity: an administrator sees what this connection is for. */
    static final String APPLICATION_NAME = "Mallboard live board";
    private static final Logger LOG = LoggerFactory.getLogger(ServerChangeFeed.class);
    private static final Duration COALESCE = Duration.ofMillis(150);
    private static final int POLL_MS = 1_000;
    /** A silently dropped network link never raises an error while only reading: a query now and then finds it. */
    private static final Duration PROBE_EVERY = Duration.ofSeconds(30);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final ServerAddress address;
    private final String password;
    private final ChangeBroadcast broadcast = new ChangeBroadcast();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection current;

    private ServerChangeFeed(ServerAddress address, String password) {
        this.address = address;
        this.password = password;
        this.thread = new Thread(this::run, "mallboard-live-board");
        thread.setDaemon(true);
    }

    static ServerChangeFeed start(ServerAddress address, String password) {
        ServerChangeFeed feed = new ServerChangeFeed(address, password);
        feed.thread.start();
        return feed;
    }

    @Override
    public Subscription subscribe(Consumer<ChangedCards> listener) {
        return broadcast.subscribe(listener);
    }

    private void run() {
        Duration retry = FIRST_RETRY;
        boolean missedSome = false;
        while (!closed) {
            try (Connection connection = open()) {
                current = connection;
                listen(connection);
                retry = FIRST_RETRY;
                if (missedSome) {
                    broadcast.publish(ChangedCards.EVERYTHING);
                }
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                LOG.warn("Live board: lost the server connection ({}); trying again in {} ms", e.getMessage(),
                        retry.toMillis());
            }
            missedSome = true;
            current = null;
            if (!pause(retry)) {
                break;
            }
            retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        }
    }

    private Connection open() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", address.user());
        login.setProperty("password", password);
        login.setProperty("ApplicationName", APPLICATION_NAME);
        login.setProperty("connectTimeout", "10");
        login.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(address.url(), login);
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
    }

    /** Waits for notifications until the connection breaks or the feed closes. */
    private void receive(Connection connection) throws SQLException {
        PGConnection server = connection.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (!closed) {
            PGNotification[] first = server.getNotifications(POLL_MS);
            if (first != null && first.length > 0) {
                ChangedCards batch = parse(first);
                long until = System.nanoTime() + COALESCE.toNanos();
                for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
                    batch = batch.plus(parse(server.getNotifications((int) Math.max(1, left / 1_000_000))));
                }
                broadcast.publish(batch);
                lastHeard = System.nanoTime();
            } else if (System.nanoTime() - lastHeard > PROBE_EVERY.toNanos()) {
                try (Statement probe = connection.createStatement()) {
                    probe.execute("SELECT 1");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    /** Payloads are product ids separated by commas, or "*" for everything. */
    static ChangedCards parse(PGNotification[] notifications) {
        if (notifications == null) {
            return ChangedCards.of(Set.of());
        }
        Set<Long> ids = new HashSet<>();
        for (PGNotification notification : notifications) {
            String payload = notification.getParameter();
            if (payload == null || payload.isBlank() || "*".equals(payload)) {
                return ChangedCards.EVERYTHING;
            }
            for (String id : payload.split(",")) {
                try {
                    ids.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    // A payload this build does not read (a newer server's triggers): the safe answer is everything.
                    return ChangedCards.EVERYTHING;
                }
            }
        }
        return ChangedCards.of(ids);
    }

    private boolean pause(Duration how) {
        try {
            Thread.sleep(how.toMillis());
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        broadcast.close();
        thread.interrupt();
        Connection connection = current;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Live board connection closed with an error", e);
            }
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
