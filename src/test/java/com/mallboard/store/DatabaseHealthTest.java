package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.backup.Backup;
import com.mallboard.backup.BackupKind;
import com.mallboard.backup.BackupPolicy;
import com.mallboard.backup.BackupService;
import com.mallboard.backup.DatabaseCheck;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up integrity check, the backup before an upgrade, and a restore over a damaged file. */
@Tag("sqlite-file")
class DatabaseHealthTest {
    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve(Database.FILE_NAME);
    }

    private BackupService backups() {
        return new BackupService(file(), new SqliteBackupStore(), new TestClock());
    }

    /** A closed database with a few hundred products, so its middle pages hold tables and indexes. */
    private void storeWithProducts() {
        TestStore store = TestStore.open(folder);
        for (int i = 0; i < 300; i++) {
            store.createDraft(String.format("SKU-%04d", i), "상품 " + i + " 이름을 길게 써서 페이지를 채웁니다");
        }
        store.database().close();
    }

    /** Overwrites pages in the middle of the file, as a failing disk or a half-finished copy would. */
    static void damage(Path file) throws IOException {
        long size = Files.size(file);
        byte[] junk = new byte[16 * 1024];
        Arrays.fill(junk, (byte) 0x5A);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(size / 2 - junk.length / 2);
            raf.write(junk);
        }
    }

    @Test
    void aDatabaseWithOverwrittenPagesIsRefusedAtOpenAsDamaged() throws IOException {
        storeWithProducts();
        damage(file());

        assertThatThrownBy(() -> Database.open(folder)).isInstanceOf(DamagedDatabaseException.class)
                .satisfies(e -> assertThat(((DamagedDatabaseException) e).check().status())
                        .isEqualTo(DatabaseCheck.Status.DAMAGED))
                .hasMessage("The database " + file() + " is damaged (it fails SQLite's integrity check)");
    }

    @Test
    void aTextFileNamedLikeTheDatabaseIsRefusedAsNotADatabase() throws IOException {
        Files.writeString(file(), "This is a shopping list, not a database.\n".repeat(200));

        assertThatThrownBy(() -> Database.open(folder)).isInstanceOf(DamagedDatabaseException.class)
                .satisfies(e -> assertThat(((DamagedDatabaseException) e).check().status())
                        .isEqualTo(DatabaseCheck.Status.NOT_A_DATABASE));
        assertThat(Files.readString(file())).startsWith("This is a shopping list");
    }

    @Test
    void restoringOverADamagedDatabaseSetsTheDamagedFileAsideAndOpensAgain() throws IOException {
        storeWithProducts();
        Backup backup = backups().backUp(BackupKind.MANUAL, BackupPolicy.DEFAULT);
        damage(file());

        Path kept = backups().restore(backup.file()).orElseThrow();

        assertThat(kept.getFileName().toString()).isEqualTo("mallboard.db.damaged-20261125-0100");
        assertThat(backups().check(kept).status()).isEqualTo(DatabaseCheck.Status.DAMAGED);
        try (Database database = Database.open(folder)) {
            assertThat(database.dsl().fetchCount(PRODUCT)).isEqualTo(300);
        }
    }

    @Test
    void startingEmptySetsTheDamagedFileAsideAndAFreshDatabaseOpens() throws IOException {
        Files.writeString(file(), "garbage".repeat(1000));

        Path aside = backups().setAsideDamaged();

        assertThat(aside).hasFileName("mallboard.db.damaged-20261125-0100").exists();
        try (Database database = Database.open(folder)) {
            assertThat(database.dsl().fetchCount(PRODUCT)).isZero();
        }
    }

    @Test
    void anOlderDatabaseIsBackedUpBeforeItIsMigrated() {
        Flyway.configure().dataSource(Database.dataSource(file())).locations(Database.MIGRATIONS).target("9").load()
                .migrate();

        Database.open(folder).close();

        assertThat(backups().list()).singleElement().satisfies(backup -> {
            assertThat(backup.kind()).isEqualTo(BackupKind.BEFORE_UPGRADE);
            assertThat(backup.version()).isEqualTo(SchemaVersions.latestKnown().getVersion());
            assertThat(backup.fileName()).matches("mallboard-\\d{4}-\\d{2}-\\d{2}-\\d{4}-before-v\\d+\\.db");
            assertThat(backups().check(backup.file()).schemaVersion()).isEqualTo("9");
        });
    }

    @Test
    void aFreshOrCurrentDatabaseGetsNoUpgradeBackup() {
        Database.open(folder).close();
        Database.open(folder).close();

        assertThat(backups().list()).isEmpty();
        assertThat(folder.resolve(BackupService.FOLDER)).doesNotExist();
    }
}
