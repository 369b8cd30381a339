package com.mallboard.backup;

import static com.mallboard.store.generated.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.store.Database;
import com.mallboard.store.SqliteBackupStore;
import com.mallboard.store.TestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups and restores of a real SQLite database, written by the app's own repositories. */
class BackupRestoreTest {
    @TempDir
    Path folder;

    private BackupService backups(TestStore store) {
        return new BackupService(folder.resolve(Database.FILE_NAME), new SqliteBackupStore(), store.clock());
    }

    private static List<String> skus(Path folder) {
        try (Database database = Database.open(folder)) {
            return database.dsl().select(PRODUCT.SKU).from(PRODUCT).orderBy(PRODUCT.SKU).fetch(PRODUCT.SKU);
        }
    }

    @Test
    void restoringABackupBringsBackThatMomentAndKeepsWhatItReplaced() throws Exception {
        TestStore store = TestStore.open(folder);
        BackupService backups = backups(store);
        store.createDraft("TOR-SUN", "선크림");
        Backup backup = backups.backUp(BackupKind.MANUAL, BackupPolicy.DEFAULT);
        store.createDraft("AFTER-01", "백업 뒤에 만든 상품");
        store.database().close();

        Optional<Path> kept = backups.restore(backup.file());

        assertThat(skus(folder)).containsExactly("TOR-SUN");
        assertThat(kept).isPresent();
        assertThat(kept.get().getFileName().toString()).matches("mallboard-\\d{4}-\\d{2}-\\d{2}-\\d{4}-before-restore\\.db");
        Path safety = Files.createDirectories(folder.resolve("safety"));
        Files.copy(kept.get(), safety.resolve(Database.FILE_NAME));
        assertThat(skus(safety)).containsExactly("AFTER-01", "TOR-SUN");
    }

    @Test
    void aBackupIsOneConsistentFileEvenWhileAnotherConnectionWrites() throws Exception {
        TestStore store = TestStore.open(folder);
        BackupService backups = backups(store);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger writes = new AtomicInteger();
        Thread writer = new Thread(() -> {
            // Every transaction sets both keys to the same number; a torn copy would show them apart.
            for (int i = 1; writing.get(); i++) {
                String value = Integer.toString(i);
                store.dsl().transaction(tx -> {
                    tx.dsl().execute("INSERT OR REPLACE INTO setting(key, value) VALUES ('a', ?)", value);
                    tx.dsl().execute("INSERT OR REPLACE INTO setting(key, value) VALUES ('b', ?)", value);
                });
                writes.incrementAndGet();
            }
        });
        writer.start();
        List<Backup> taken = new ArrayList<>();
        try {
            while (writes.get() < 20) {
                Thread.onSpinWait();
            }
            for (int i = 0; i < 5; i++) {
                taken.add(backups.backUp(BackupKind.MANUAL, BackupPolicy.DEFAULT.withKeepScheduled(5)));
            }
        } finally {
            writing.set(false);
            writer.join();
        }

        for (Backup backup : taken) {
            assertThat(Path.of(backup.file() + "-wal")).doesNotExist();
            assertThat(backups.check(backup.file()).good()).isTrue();
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup.file());
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT (SELECT value FROM setting WHERE key = 'a'), (SELECT value FROM setting WHERE key = 'b')")) {
                rows.next();
                assertThat(rows.getString(1)).isNotNull().isEqualTo(rows.getString(2));
            }
        }
        assertThat(backups.list()).hasSize(5);
    }

    @Test
    void aFileThatIsNotAMallboardBackupIsRefusedAndNothingChanges() throws Exception {
        TestStore store = TestStore.open(folder);
        BackupService backups = backups(store);
        store.createDraft("TOR-SUN", "선크림");
        store.database().close();
        Path text = Files.writeString(folder.resolve("notes.db"), "not a database, just notes\n".repeat(100));
        Path foreign = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
            DSL.using(connection).execute("CREATE TABLE t(x)");
        }

        assertThatThrownBy(() -> backups.restore(text)).isInstanceOf(RestoreException.class)
                .extracting(e -> ((RestoreException) e).messageKey()).isEqualTo("backup.restore.notDatabase");
        assertThatThrownBy(() -> backups.restore(foreign)).isInstanceOf(RestoreException.class)
                .extracting(e -> ((RestoreException) e).messageKey()).isEqualTo("backup.restore.notMallboard");
        assertThatThrownBy(() -> backups.restore(folder.resolve("gone.db"))).isInstanceOf(RestoreException.class)
                .extracting(e -> ((RestoreException) e).messageKey()).isEqualTo("backup.restore.missing");
        assertThat(backups.list()).isEmpty();
        assertThat(skus(folder)).containsExactly("TOR-SUN");
    }

    @Test
    void aBackupWrittenByANewerMallboardIsRefused() throws Exception {
        TestStore store = TestStore.open(folder);
        BackupService backups = backups(store);
        Backup backup = backups.backUp(BackupKind.MANUAL, BackupPolicy.DEFAULT);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup.file())) {
            DSL.using(connection).execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, installed_by, execution_time, success) VALUES (999, '999', 'future', 'SQL', 'V999.sql',"
                    + " 'test', 0, 1)");
        }

        assertThat(backups.check(backup.file()).status()).isEqualTo(DatabaseCheck.Status.NEWER);
        assertThatThrownBy(() -> backups.restore(backup.file())).isInstanceOf(RestoreException.class)
                .extracting(e -> ((RestoreException) e).messageKey()).isEqualTo("backup.restore.newer");
    }
}
