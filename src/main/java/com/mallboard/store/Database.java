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
    static final String MIGRATIONS = "classpath:db/migration/sqlite";
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

    /**
     * Flyway's info (a scan of the migrations and a read of the history) is taken once and serves the newer-schema
     * refusal, the backup before an upgrade and the decision to migrate: most starts find nothing pending and then
     * skip {@code migrate}, whose own scan and validation would cost the start-up as much again.
     */
    private static void migrate(SQLiteDataSource dataSource, Path file) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load();
        try {
            MigrationInfoService info = flyway.info();
            refuseNewerSchema(info, file);
            if (info.pending().length > 0 || hasFailed(info)) {
                backUpBeforeUpgrade(info, file);
                flyway.migrate();
            }
        } catch (FlywayException e) {
            // Not a database, locked, or a failed earlier migration: one exception type the start-up screen can show.
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** A failed migration is left to {@code migrate}, which refuses with Flyway's explanation. */
    private static boolean hasFailed(MigrationInfoService info) {
        return Arrays.stream(info.all()).anyMatch(migration -> migration.getState().isFailed());
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
    private static void backUpBeforeUpgrade(MigrationInfoService info, Path file) {
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
    private static void refuseNewerSchema(MigrationInfoService info, Path file) {
        Arrays.stream(info.all())
                .filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
                        || migration.getState() == MigrationState.FUTURE_FAILED)
                .max(Comparator.comparing(MigrationInfo::getVersion))
                .ifPresent(newest -> {
                    String known = info.current() == null ? "none" : latestKnown(info);
                    throw new NewerSchemaException(file, newest.getVersion().getVersion(), known);
                });
    }

    private static String latestKnown(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(migration -> !migration.getState().name().startsWith("FUTURE"))
                .map(migration -> migration.getVersion().getVersion())
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
