package com.mallboard.store;

import com.mallboard.backup.BackupPolicy;
import com.mallboard.backup.BackupService;
import com.mallboard.backup.DatabaseCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The local SQLite database: opened with WAL (readers never wait for the writer), foreign keys on and a busy
 * timeout, then migrated to the schema this build knows.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "mallboard.db";
    static final String MIGRATIONS = "classpath:db/migration";
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final SingleConnectionProvider connections;
    private final DSLContext dsl;

    private Database(Path file, SingleConnectionProvider connections) {
        this.file = file;
        this.connections = connections;
        this.dsl = DSL.using(connections, SQLDialect.SQLITE);
    }

    /** Opens (creating if needed) the database in {@code folder} and migrates it. */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // The exception's own message is only the path, which tells the user nothing.
            throw new StoreException("Cannot create the data folder " + folder + ": " + e.getFile()
                    + " is a file, not a folder", e);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
        Path file = folder.resolve(FILE_NAME);
        refuseDamaged(file);
        SQLiteDataSource dataSource = dataSource(file);
        migrate(dataSource, file);
        return new Database(file, new SingleConnectionProvider(dataSource));
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    private static void migrate(SQLiteDataSource dataSource, Path file) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load();
        try {
            refuseNewerSchema(flyway, file);
            backUpBeforeUpgrade(flyway, file);
            flyway.migrate();
        } catch (FlywayException e) {
            // Not a database, locked, or a failed earlier migration: one exception type the start-up screen can show.
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * An existing file must pass SQLite's quick check before anything writes to it: migrating or using a damaged
     * database can spread the damage, and a file that is not a database would only fail later with a worse message.
     */
    private static void refuseDamaged(Path file) {
        if (!Files.isRegularFile(file) || file.toFile().length() == 0) {
            return;
        }
        DatabaseCheck check = SqliteBackupStore.quickCheck(file);
        if (check.broken()) {
            throw new DamagedDatabaseException(file, check);
        }
    }

    /** A database with a schema gets a backup before this build's migrations change it; a fresh one needs none. */
    private static void backUpBeforeUpgrade(Flyway flyway, Path file) {
        MigrationInfoService info = flyway.info();
        MigrationInfo[] pending = info.pending();
        if (info.current() == null || pending.length == 0) {
            return;
        }
        String version = pending[pending.length - 1].getVersion().getVersion();
        try {
            new BackupService(file, new SqliteBackupStore(), Clock.systemDefaultZone())
                    .backUpBeforeUpgrade(version, BackupPolicy.DEFAULT);
        } catch (IOException e) {
            // Upgrading without a way back is worse than not starting: the user can free space and try again.
            throw new StoreException("Cannot back up the database " + file + " before upgrading it: " + e.getMessage(), e);
        }
    }

    /** A database written by a newer Mallboard must not be touched by this one: it would lose what it cannot see. */
    private static void refuseNewerSchema(Flyway flyway, Path file) {
        Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .max(Comparator.comparing(MigrationInfo::getVersion))
                .ifPresent(newest -> {
                    String known = flyway.info().current() == null ? "none"
                            : latestKnown(flyway);
                    throw new NewerSchemaException(file, newest.getVersion().getVersion(), known);
                });
    }

    private static String latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(info -> !info.getState().name().startsWith("FUTURE"))
                .map(info -> info.getVersion().getVersion())
                .reduce((a, b) -> b)
                .orElse("none");
    }

    @Override
    public void close() {
        connections.close();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path file() {
        return file;
    }
}
