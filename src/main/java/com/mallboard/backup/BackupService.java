package com.mallboard.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Backups of one data folder's database, kept in its {@code backups} folder: taking them (by hand, on a schedule,
 * before an upgrade), keeping the newest few of each kind, and restoring one. Restoring and setting a damaged file
 * aside work on files alone, so they need the database closed and work even when it cannot be opened.
 */
public final class BackupService {
    public static final String FOLDER = "backups";
    private static final DateTimeFormatter DAMAGED_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final List<String> JOURNALS = List.of("-wal", "-shm", "-journal");

    private final Path database;
    private final Path folder;
    private final BackupStore store;
    private final Clock clock;

    /** @param database the database file, {@code mallboard.db} in the data folder */
    public BackupService(Path database, BackupStore store, Clock clock) {
        this.database = database.toAbsolutePath();
        this.folder = this.database.resolveSibling(FOLDER);
        this.store = store;
        this.clock = clock;
    }

    public Path database() {
        return database;
    }

    public Path folder() {
        return folder;
    }

    /** The backups in the folder, newest first; files not named like a backup are left out. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Backup> backups = new ArrayList<>();
            files.filter(Files::isRegularFile).forEach(file -> Backup.parse(file, size(file)).ifPresent(backups::add));
            backups.sort(Backup.NEWEST_FIRST);
            return backups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes a backup of {@code kind} now, then deletes the oldest of its kind beyond what {@code policy} keeps. */
    public Backup backUp(BackupKind kind, BackupPolicy policy) throws IOException {
        Backup taken = take(kind, "");
        prune(kind, policy);
        return taken;
    }

    /** The database as it is before the migrations to {@code version} change it. */
    public Backup backUpBeforeUpgrade(String version, BackupPolicy policy) throws IOException {
        Backup taken = take(BackupKind.BEFORE_UPGRADE, version);
        prune(BackupKind.BEFORE_UPGRADE, policy);
        return taken;
    }

    /** Takes the scheduled backup when {@code policy}'s schedule says one is due; empty when none was. */
    public Optional<Backup> backUpIfDue(BackupPolicy policy) throws IOException {
        if (!Files.isRegularFile(database)) {
            return Optional.empty();
        }
        LocalDateTime newest = list().stream().filter(backup -> backup.kind().scheduled()).findFirst()
                .map(Backup::takenAt).orElse(null);
        if (!policy.schedule().isDue(newest, LocalDateTime.now(clock))) {
            return Optional.empty();
        }
        return Optional.of(backUp(policy.schedule().kind(), policy));
    }

    /** Writes a consistent copy of the database to {@code target} (replacing it), outside the backups folder. */
    public void copyTo(Path target) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(part);
        store.copy(database, part);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The database's own health: what the start-up check and the command line look at. */
    public DatabaseCheck checkDatabase() {
        return store.check(database);
    }

    public DatabaseCheck check(Path file) {
        return store.check(file);
    }

    /** The newest backup that passes the check, for the recovery window's first choice. */
    public Optional<Backup> newestGood() {
        return list().stream().filter(backup -> store.check(backup.file()).good()).findFirst();
    }

    /**
     * Replaces the database with {@code chosen}, after checking that it is a sound Mallboard database this build can
     * open. What is replaced is kept: a sound database as a before-restore backup, a damaged one set aside beside
     * it. Call only while nothing holds the database open.
     *
     * @return where the replaced database was kept, or empty when there was none
     */
    public Optional<Path> restore(Path chosen) throws IOException {
        DatabaseCheck check = store.check(chosen);
        if (!check.good()) {
            throw new RestoreException(RestoreException.keyFor(check.status()), null, chosen.getFileName().toString());
        }
        Path incoming = database.resolveSibling(database.getFileName() + ".restoring");
        Files.deleteIfExists(incoming);
        store.copy(chosen, incoming);
        Optional<Path> kept = Files.exists(database) ? Optional.of(keepCurrent()) : Optional.empty();
        deleteJournals();
        Files.move(incoming, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // Pruned only now: the chosen file may itself be the oldest before-restore backup.
        prune(BackupKind.BEFORE_RESTORE, BackupPolicy.DEFAULT);
        return kept;
    }

    /**
     * Moves a damaged database (and its write-ahead log) out of the way, to {@code mallboard.db.damaged-20261126-0905},
     * so the app can start on a fresh one while the damaged file stays for a specialist.
     */
    public Path setAsideDamaged() throws IOException {
        String stamp = DAMAGED_STAMP.format(LocalDateTime.now(clock));
        Path aside = database.resolveSibling(database.getFileName() + ".damaged-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = database.resolveSibling(database.getFileName() + ".damaged-" + stamp + "-" + n);
        }
        Files.move(database, aside);
        Path wal = journal("-wal");
        if (Files.exists(wal)) {
            Files.move(wal, aside.resolveSibling(aside.getFileName() + "-wal"));
        }
        deleteJournals();
        return aside;
    }

    private Path keepCurrent() throws IOException {
        if (store.check(database).broken()) {
            return setAsideDamaged();
        }
        return take(BackupKind.BEFORE_RESTORE, "").file();
    }

    private synchronized Backup take(BackupKind kind, String version) throws IOException {
        Files.createDirectories(folder);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        // After the newest of this minute, even when older ones of it were deleted, so names keep sorting in order.
        int sequence = list().stream().filter(b -> b.takenAt().equals(now) && b.kind() == kind)
                .mapToInt(Backup::sequence).max().orElse(0) + 1;
        Path target = folder.resolve(Backup.fileName(now, kind, version, sequence));
        // Written under another name first, so a failed backup never looks like a good one.
        Path part = folder.resolve(target.getFileName() + ".part");
        Files.deleteIfExists(part);
        store.copy(database, part);
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        return Backup.parse(target, size(target)).orElseThrow();
    }

    /** Deletes the oldest backups of {@code kind}'s group beyond what {@code policy} keeps; returns the deleted. */
    synchronized List<Path> prune(BackupKind kind, BackupPolicy policy) throws IOException {
        Predicate<Backup> sameGroup = kind.scheduled() ? backup -> backup.kind().scheduled()
                : backup -> backup.kind() == kind;
        List<Backup> group = list().stream().filter(sameGroup).toList();
        List<Path> deleted = new ArrayList<>();
        for (Backup old : group.subList(Math.min(policy.keep(kind), group.size()), group.size())) {
            Files.deleteIfExists(old.file());
            deleted.add(old.file());
        }
        return deleted;
    }

    private void deleteJournals() throws IOException {
        for (String suffix : JOURNALS) {
            Files.deleteIfExists(journal(suffix));
        }
    }

    private Path journal(String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
