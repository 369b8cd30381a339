package com.mallboard.store;

import com.mallboard.team.ServerAddress;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.impl.DataSourceConnectionProvider;

/**
 * A small pool of connections to the team server. A desktop runs a few things at once (the board, a sync, a report),
 * so a handful is enough; a server serving a whole team must not be flooded by each desktop.
 */
final class ServerConnections implements AutoCloseable {
    static final String MIGRATIONS = "classpath:db/migration/postgresql";
    private static final int POOL_SIZE = 4;
    private static final long CONNECT_TIMEOUT_MS = 10_000;

    private final HikariDataSource dataSource;

    private ServerConnections(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens the pool and its first connection, so a wrong address or password fails here with a plain reason. */
    static ServerConnections open(ServerAddress address, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.url());
        config.setUsername(address.user());
        config.setPassword(password);
        config.setPoolName("mallboard-team");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        config.addDataSourceProperty("ApplicationName", "Mallboard");
        config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS / 1000));
        try {
            return new ServerConnections(new HikariDataSource(config));
        } catch (HikariPool.PoolInitializationException e) {
            throw ServerRefusedException.of(address, e.getCause() instanceof SQLException sql ? sql : null, e);
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    ConnectionProvider provider() {
        return new DataSourceConnectionProvider(dataSource);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
