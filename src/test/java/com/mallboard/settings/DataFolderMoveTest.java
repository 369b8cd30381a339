package com.mallboard.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.store.Database;
import com.mallboard.store.SqliteDatabaseFiles;
import com.mallboard.store.TestStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving the data to another folder and opening another one, on real SQLite files. */
class DataFolderMoveTest {
    @TempDir
    Path temp;

    private Path current;
    private TestStore store;
    private UserPreferences preferences;
    private DataFolderMove move;

    @BeforeEach
    void open() throws IOException {
        current = temp.resolve("current");
        store = TestStore.open(current);
        store.createDraft("TONER-200", "어성초 토너");
        store.createDraft("CREAM-050", "수분 크림");
        Files.writeString(current.resolve("demo-mall.json"), "{\"orders\": 3}");
        Files.createDirectories(current.resolve("logs"));
        Files.writeString(current.resolve("logs").resolve("mallboard.log"), "started");
        preferences = new UserPreferences(temp.resolve("config"));
        move = new DataFolderMove(new SqliteDatabaseFiles(), preferences);
    }

    @AfterEach
    void close() {
        store.database().close();
    }

    @Test
    void aMoveCopiesTheOpenDatabaseAndEveryOtherFileAndLeavesTheOldFolderAsItWas() throws IOException {
        Path target = temp.resolve("new place");
        move.checkMoveTarget(current, target);

        move.copyWhileOpen(current, target);

        try (Database copy = Database.open(target)) {
            assertThat(copy.dsl().fetchCount(com.mallboard.store.generated.Tables.PRODUCT)).isEqualTo(2);
        }
        assertThat(target.resolve("demo-mall.json")).hasContent("{\"orders\": 3}");
        assertThat(target.resolve("logs").resolve("mallboard.log")).hasContent("started");
        assertThat(current.resolve(Database.FILE_NAME)).exists();
        assertThat(store.products().active()).hasSize(2);
    }

    @Test
    void copyingAgainOnceClosedBringsTheCopyUpToDateAndCountsEveryTablesRows() {
        Path target = temp.resolve("moved");
        move.copyWhileOpen(current, target);
        store.createDraft("SERUM-030", "비타 세럼");
        store.database().close();

        move.copyWhileClosed(current, target);
        move.remember(target);

        try (Database copy = Database.open(target)) {
            assertThat(copy.dsl().fetchCount(com.mallboard.store.generated.Tables.PRODUCT)).isEqualTo(3);
        }
        assertThat(preferences.dataFolder()).contains(target.toAbsolutePath());
        store = TestStore.open(current);
    }

    @Test
    void theSameFolderAFolderInsideItAFileAndAFolderThatCannotBeWrittenAreRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "not a folder");

        assertRefused(() -> move.checkMoveTarget(current, current), "settings.folder.refused.same");
        assertRefused(() -> move.checkMoveTarget(current, current.resolve("sub/../")), "settings.folder.refused.same");
        assertRefused(() -> move.checkMoveTarget(current, current.resolve("backup")), "settings.folder.refused.inside");
        assertRefused(() -> move.checkMoveTarget(current, file), "settings.folder.refused.file");
        assertRefused(() -> move.checkOpenTarget(current, file.resolve("data")), "settings.folder.refused.not.writable");
    }

    @Test
    void aMoveIsRefusedWhereMallboardDataAlreadyIs() {
        Path other = temp.resolve("other");
        Database.open(other).close();

        assertRefused(() -> move.checkMoveTarget(current, other), "settings.folder.refused.has.data");
        move.checkOpenTarget(current, other);
    }

    @Test
    void openingIsRefusedForADatabaseOfANewerMallboardOrAFileThatIsNoDatabase() throws Exception {
        Path newer = temp.resolve("newer");
        Database.open(newer).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + newer.resolve(Database.FILE_NAME));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                        installed_by, installed_on, execution_time, success)
                    VALUES (999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0,
                        'newer-mallboard', '2027-01-01 00:00:00', 1, 1)""");
        }
        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve(Database.FILE_NAME), "this is a text file, not SQLite ".repeat(200));

        assertRefused(() -> move.checkOpenTarget(current, newer), "settings.folder.refused.newer");
        assertRefused(() -> move.checkOpenTarget(current, broken), "settings.folder.refused.broken");
        move.checkOpenTarget(current, temp.resolve("empty, starts afresh"));
    }

    @Test
    void aFolderAnotherMallboardHasOpenIsRefusedAndOpensOnceItIsClosed() {
        Path other = temp.resolve("other desktop's folder");
        Database.open(other).close();
        try (com.mallboard.store.DataFolderLock held = com.mallboard.store.DataFolderLock.take(other).orElseThrow()) {
            assertRefused(() -> move.checkOpenTarget(current, other), "settings.folder.refused.in.use");
        }
        move.checkOpenTarget(current, other);
    }

    @Test
    void aCopyThatLostRowsIsCaught() throws SQLException {
        Path target = temp.resolve("copy");
        move.copyWhileOpen(current, target);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + target.resolve(Database.FILE_NAME));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM product WHERE sku = 'CREAM-050'");
        }
        SqliteDatabaseFiles files = new SqliteDatabaseFiles();

        files.verify(current.resolve(Database.FILE_NAME), target.resolve(Database.FILE_NAME), false);
        assertThatThrownBy(() -> files.verify(current.resolve(Database.FILE_NAME), target.resolve(Database.FILE_NAME),
                true)).hasMessageContaining("other rows");
    }

    @Test
    void theSizeCountsEveryFileInTheFolder() throws IOException {
        long expected;
        try (var files = Files.walk(current)) {
            expected = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }

        assertThat(move.size(current)).isEqualTo(expected).isGreaterThan(Files.size(current.resolve(Database.FILE_NAME)));
        assertThat(move.size(temp.resolve("missing"))).isZero();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(FolderRefusedException.class)
                .satisfies(e -> assertThat(((FolderRefusedException) e).messageKey()).isEqualTo(key));
    }
}
