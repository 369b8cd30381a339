package com.mallboard.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;
import org.sqlite.SQLiteDataSource;

/**
 * One long-lived SQLite connection shared by the app's background threads, one at a time. SQLite allows a single
 * writer anyway, and reopening a connection per query costs more than the queries themselves.
 */
final class SingleConnectionProvider implements ConnectionProvider {
    private final SQLiteDataSource dataSource;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;

    SingleConnectionProvider(SQLiteDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection acquire() {
        lock.lock();
        try {
            if (connection == null || connection.isClosed()) {
                connection = dataSource.getConnection();
            }
            return connection;
        } catch (SQLException e) {
            lock.unlock();
            throw new DataAccessException("Cannot open the database: " + e.getMessage(), e);
        }
    }

    @Override
    public void release(Connection released) {
        lock.unlock();
    }

    /** Closes the connection, which also checkpoints the WAL into the database file. */
    void close() {
        lock.lock();
        try {
            if (connection != null && !connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot close the database: " + e.getMessage(), e);
        } finally {
            connection = null;
            lock.unlock();
        }
    }
}
