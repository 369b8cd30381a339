package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.product.Product;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("sqlite-file")
class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void theConnectionRunsWithWalForeignKeysAndABusyTimeout() {
        Database database = Database.open(folder);

        assertThat(database.dsl().fetchValue("pragma journal_mode")).hasToString("wal");
        assertThat(database.dsl().fetchValue("pragma foreign_keys")).hasToString("1");
        assertThat(database.dsl().fetchValue("pragma busy_timeout")).hasToString("5000");
    }

    @Test
    void openingCreatesMissingFoldersAndTheDatabaseFile() {
        Path nested = folder.resolve("사용자").resolve("mallboard");

        Database database = Database.open(nested);

        assertThat(database.file()).isEqualTo(nested.resolve(Database.FILE_NAME));
        assertThat(database.file()).isRegularFile();
    }

    @Test
    void productsAreStillThereWhenTheDataFolderIsOpenedAgain() {
        Product created = TestStore.open(folder).createDraft("TOR-SUN", "토리든 선크림");

        TestStore reopened = TestStore.open(folder);

        assertThat(reopened.reload(created.id()).name()).isEqualTo("토리든 선크림");
    }

    @Test
    void aDataFolderThatCannotBeCreatedGivesAReadableStoreException() throws IOException {
        Path regularFile = Files.writeString(folder.resolve("not-a-folder"), "x");
        Path impossible = regularFile.resolve("mallboard");

        assertThatThrownBy(() -> Database.open(impossible))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot create the data folder")
                .hasMessageContaining(impossible.toString());
    }

    @Test
    void aDatabaseFileThatIsNotADatabaseGivesAStoreExceptionNamingTheFile() throws IOException {
        Path notADatabase = Files.writeString(folder.resolve(Database.FILE_NAME), "보고서 초안\n".repeat(200));

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessage("The database " + notADatabase + " is not a database file");
        assertThat(Files.readString(notADatabase)).isEqualTo("보고서 초안\n".repeat(200));
    }

    @Test
    void aDataFolderPathThatIsAFileSaysSo() throws IOException {
        Path regularFile = Files.writeString(folder.resolve("mallboard-data"), "x");

        assertThatThrownBy(() -> Database.open(regularFile))
                .isInstanceOf(StoreException.class)
                .hasMessage("Cannot create the data folder " + regularFile + ": " + regularFile
                        + " is a file, not a folder");
    }
}
