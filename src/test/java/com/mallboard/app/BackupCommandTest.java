package com.mallboard.app;

import static com.mallboard.store.generated.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.store.Database;
import com.mallboard.store.TestStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mallboard backup} and {@code mallboard restore}: what a script sees, and exit codes it can rely on. */
class BackupCommandTest {
    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path database() {
        return folder.resolve(Database.FILE_NAME);
    }

    private void storeWith(String... skus) {
        TestStore store = TestStore.open(folder);
        for (String sku : skus) {
            store.createDraft(sku, "상품 " + sku);
        }
        store.database().close();
    }

    private List<String> skus() {
        try (Database database = Database.open(folder)) {
            return database.dsl().select(PRODUCT.SKU).from(PRODUCT).orderBy(PRODUCT.SKU).fetch(PRODUCT.SKU);
        }
    }

    private List<Path> backupFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            return files.sorted().toList();
        }
    }

    private void damage() throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(database().toFile(), "rw")) {
            raf.seek(4096);
            raf.write(new byte[8192]);
        }
    }

    @Test
    void backupWritesAManualBackupAndSaysWhere() throws IOException {
        storeWith("TOR-SUN");

        assertThat(run("backup", "--data-dir", folder.toString())).isZero();

        assertThat(backupFiles()).singleElement().satisfies(file ->
                assertThat(file.getFileName().toString()).matches("mallboard-\\d{4}-\\d{2}-\\d{2}-\\d{4}-manual\\.db"));
        assertThat(out()).startsWith("backed up " + database() + " to " + backupFiles().get(0) + " (");
        assertThat(err()).isEmpty();
    }

    @Test
    void backupWithOutWritesTheCopyThere() {
        storeWith("TOR-SUN");
        Path copy = folder.resolve("copy.db");

        assertThat(run("backup", "--data-dir=" + folder, "--out", copy.toString())).isZero();

        assertThat(out()).isEqualTo("backed up " + database() + " to " + copy + System.lineSeparator());
        assertThat(copy).exists();
        assertThat(run("restore", copy.toString(), "--yes", "--data-dir", folder.toString())).isZero();
    }

    @Test
    void backupWithoutADatabaseOrWithBadArgumentsFails() {
        assertThat(run("backup", "--data-dir", folder.toString())).isEqualTo(CommandLine.FAILED);
        assertThat(err()).isEqualTo("no database to back up: " + database() + " does not exist" + System.lineSeparator());

        assertThat(run("backup", "--data-dir", folder.toString(), "--compress")).isEqualTo(CommandLine.USAGE);
        assertThat(err()).startsWith("unknown argument --compress" + System.lineSeparator() + "Usage:");
        assertThat(run("backup", "--out")).isEqualTo(CommandLine.USAGE);
        assertThat(err()).startsWith("--out needs a value");
    }

    @Test
    void restoreLatestWithYesBringsBackTheNewestBackup() {
        storeWith("TOR-SUN");
        run("backup", "--data-dir", folder.toString());
        storeWith("AFTER-01");

        assertThat(run("restore", "--latest", "--yes", "--data-dir", folder.toString())).isZero();

        assertThat(out()).contains("restored ").contains("the replaced database was kept as ");
        assertThat(skus()).containsExactly("TOR-SUN");
    }

    @Test
    void restoreWithoutYesChangesNothingAndSaysHowToConfirm() {
        storeWith("TOR-SUN");
        run("backup", "--data-dir", folder.toString());
        storeWith("AFTER-01");

        assertThat(run("restore", "--latest", "--data-dir", folder.toString())).isEqualTo(CommandLine.USAGE);

        assertThat(err()).startsWith("restoring replaces " + database() + " with ")
                .endsWith("; a safety backup is taken first. Close Mallboard, then run again with --yes"
                        + System.lineSeparator());
        assertThat(skus()).containsExactly("AFTER-01", "TOR-SUN");
    }

    @Test
    void restoreNeedsExactlyOneBackupAndAGoodOne() throws IOException {
        assertThat(run("restore")).isEqualTo(CommandLine.USAGE);
        assertThat(err()).startsWith("name one backup file, or --latest");
        assertThat(run("restore", "a.db", "--latest")).isEqualTo(CommandLine.USAGE);
        assertThat(run("restore", "a.db", "b.db")).isEqualTo(CommandLine.USAGE);

        assertThat(run("restore", "--latest", "--yes", "--data-dir", folder.toString())).isEqualTo(CommandLine.FAILED);
        assertThat(err()).isEqualTo("no backup to restore: " + folder.resolve("backups") + " holds no sound backup"
                + System.lineSeparator());

        Path notes = Files.writeString(folder.resolve("notes.db"), "shopping list\n".repeat(300));
        assertThat(run("restore", notes.toString(), "--yes", "--data-dir", folder.toString()))
                .isEqualTo(CommandLine.FAILED);
        assertThat(err()).isEqualTo("cannot restore: notes.db is not a database file." + System.lineSeparator());
        assertThat(database()).doesNotExist();
    }

    @Test
    void everyCommandOnADamagedDatabaseSaysSoInOneLineAndRestoreRepairsIt() throws IOException {
        storeWith("TOR-SUN");
        run("backup", "--data-dir", folder.toString());
        damage();
        String damaged = "the database " + database() + " is damaged (it fails SQLite's integrity check);"
                + " restore a backup with: mallboard restore --latest" + System.lineSeparator();

        for (String[] command : List.of(new String[] {"backup"}, new String[] {"sync"},
                new String[] {"export", "--out", folder.resolve("r.xlsx").toString()})) {
            String[] args = Stream.concat(Stream.of(command), Stream.of("--data-dir", folder.toString()))
                    .toArray(String[]::new);
            assertThat(run(args)).as(command[0]).isEqualTo(CommandLine.FAILED);
            assertThat(err()).as(command[0]).isEqualTo(damaged);
        }

        assertThat(run("restore", "--latest", "--yes", "--data-dir", folder.toString())).isZero();
        assertThat(out()).contains("the replaced database was kept as " + folder.resolve("mallboard.db.damaged-"));
        assertThat(skus()).containsExactly("TOR-SUN");
    }

    @Test
    void aTextFileInPlaceOfTheDatabaseIsNamedForWhatItIs() throws IOException {
        Files.writeString(database(), "hello\n".repeat(500));

        assertThat(run("sync", "--data-dir", folder.toString())).isEqualTo(CommandLine.FAILED);

        assertThat(err()).isEqualTo("the database " + database() + " is not a database file;"
                + " restore a backup with: mallboard restore --latest" + System.lineSeparator());
    }

    @Test
    void theRealProgramOnADamagedDatabaseExitsOneWithoutAStackTrace() throws Exception {
        storeWith("TOR-SUN");
        damage();
        Process process = ChildMallboard.command(folder.resolve("cache"), List.of(), "export", "--out",
                folder.resolve("r.xlsx").toString(), "--data-dir", folder.toString())
                .redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile()).start();

        assertThat(process.waitFor()).isEqualTo(CommandLine.FAILED);
        String stderr = Files.readString(folder.resolve("err.txt"));
        assertThat(stderr).contains("the database " + database() + " is damaged (it fails SQLite's integrity check);"
                + " restore a backup with: mallboard restore --latest");
        assertThat(stderr).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(Files.readString(folder.resolve("out.txt"))).isEmpty();
    }

    @Test
    void helpListsBothCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("mallboard backup [--out FILE]").contains("mallboard restore (BACKUP_FILE | --latest)");
    }
}
