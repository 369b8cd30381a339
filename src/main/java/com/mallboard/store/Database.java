package com.mallboard.store;

import com.mallboard.backup.BackupPolicy;
import com.mallboard.backup.BackupService;
import com.mallboard.backup.DatabaseCheck;
import com.mallboard.board.BoardChanges;
import com.mallboard.team.ServerAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The store: the local SQLite file (opened with WAL so readers never wait for the writer, foreign keys on and a busy
 * timeout), or in team mode a shared PostgreSQL server ({@link #connect}). Either way it is migrated to the schema
 * this build knows, and the same jOOQ code runs on it, rendered for its dialect.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "mallboard.db";
    static final String MIGRATIONS = "classpath:db/migration/sqlite";
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Runnable closer;
    private final DSLContext dsl;
    private final ServerAddress server;
    private final Supplier<BoardChanges> changeFeeds;

    private Database(Path file, ConnectionProvider connections, SQLDialect dialect, Runnable closer,
            ServerAddress server, Supplier<BoardChanges> changeFeeds) {
        this.file = file;
        this.closer = closer;
        this.dsl = dialect == SQLDialect.SQLITE ? DSL.using(connections, dialect) : threadBound(connections, dialect);
        this.server = server;
        this.changeFeeds = changeFeeds;
    }

    /**
     * Repositories write through one shared {@code DSLContext}, and a transaction may span several of them (accepting
     * a suggestion adds a checklist action and remembers the reaction). SQLite's single connection joins them by
     * itself; with a pool, the transaction's connection is bound to its thread so every repository writes into it.
     */
    private static DSLContext threadBound(ConnectionProvider connections, SQLDialect dialect) {
        // A refused statement becomes a NotAllowedException naming the role it needed.
        return DSL.using(new DefaultConfiguration().set(dialect)
                .set(new ThreadLocalTransactionProvider(connections)).set(new RefusalTranslator()));
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
        SingleConnectionProvider connections = new SingleConnectionProvider(dataSource);
        return new Database(file, connections, SQLDialect.SQLITE, connections::close, null, () -> BoardChanges.NONE);
    }

    /**
     * Connects to a team server and migrates it when this build has migrations it lacks (which needs the schema
     * owner's account; everyday accounts find nothing pending). {@code localFile} is the folder's own SQLite file,
     * kept as it was when the team moved to the server.
     */
    public static Database connect(ServerAddress address, String password, Path localFile) {
        ServerConnections pool = ServerConnections.open(address, password);
        try {
            migrate(Flyway.configure().dataSource(pool.dataSource()).locations(ServerConnections.MIGRATIONS), address);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(localFile, pool.provider(), SQLDialect.POSTGRES, pool::close, address,
                () -> ServerChangeFeed.start(address, password));
    }

    /** A server database known to be at this build's schema (a test clone of a migrated template): no Flyway scan. */
    static Database connectMigrated(ServerAddress address, String password, Path localFile) {
        ServerConnections pool = ServerConnections.open(address, password);
        return new Database(localFile, pool.provider(), SQLDialect.POSTGRES, pool::close, address,
                () -> ServerChangeFeed.start(address, password));
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Another process on the file (`mallboard sync` beside the app): a transaction that reads and then writes
        // would otherwise fail at once with SQLITE_BUSY_SNAPSHOT, since the busy timeout cannot help a read snapshot
        // that became stale. Taking the write lock at BEGIN makes it wait its turn instead.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
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
            refuseNewerSchema(info, file.toString());
            if (info.pending().length > 0 || hasFailed(info)) {
                backUpBeforeUpgrade(info, file);
                flyway.migrate();
            }
        } catch (FlywayException e) {
            // Not a database, locked, or a failed earlier migration: one exception type the start-up screen can show.
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** The server keeps its own backups (its administrator's pg_dump), so an upgrade there takes none here. */
    private static void migrate(FluentConfiguration configuration, ServerAddress address) {
        try {
            Flyway flyway = configuration.load();
            MigrationInfoService info = flyway.info();
            refuseNewerSchema(info, address.describe());
            if (info.pending().length > 0 || hasFailed(info)) {
                flyway.migrate();
            }
        } catch (FlywayException e) {
            refuseWithoutRole(address, e);
            throw new StoreException("Cannot open the team database " + address.describe() + ": " + e.getMessage(), e);
        }
    }

    /** An account granted none of Mallboard's roles may not even read the schema's version: say so plainly. */
    private static void refuseWithoutRole(ServerAddress address, FlywayException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && RefusalTranslator.NOT_ALLOWED.equals(sql.getSQLState())) {
                throw ServerRefusedException.of(address, sql, e);
            }
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
    private static void refuseNewerSchema(MigrationInfoService info, String where) {
        Arrays.stream(info.all())
                .filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
                        || migration.getState() == MigrationState.FUTURE_FAILED)
                .max(Comparator.comparing(MigrationInfo::getVersion))
                .ifPresent(newest -> {
                    String known = info.current() == null ? "none" : latestKnown(info);
                    throw new NewerSchemaException(where, newest.getVersion().getVersion(), known);
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
        closer.run();
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The data folder's SQLite file; in team mode the local copy the team moved from, not the store in use. */
    public Path file() {
        return file;
    }

    /**
     * Starts listening for changes other desktops make to the board: on a team server a connection of its own and a
     * thread (close the feed when done); a local file has no other desktop, so its feed never fires.
     */
    public BoardChanges openChangeFeed() {
        return changeFeeds.get();
    }

    /** The team server this store is on; empty for the local file. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }
}
