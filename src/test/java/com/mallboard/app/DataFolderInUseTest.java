package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.store.DataFolderInUseException;
import com.mallboard.store.DataFolderLock;
import com.mallboard.store.LockHolder;
import com.mallboard.store.TestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One data folder, two Mallboard processes: the desktop app holds its folder, so a command-line restore and a second
 * app on it are refused with one clear line, and both work once it lets go.
 */
class DataFolderInUseTest {
    @TempDir
    Path temp;
    private String output = "";

    @Test
    void restoreFromTheCommandLineIsRefusedWhileTheAppHasTheFolderOpenAndWorksOnceItIsClosed() throws Exception {
        Path folder = temp.resolve("data");
        TestStore store = TestStore.open(folder);
        store.createDraft("TONER-200", "어성초 토너");
        store.database().close();
        assertThat(run("backup", "--data-dir", folder.toString())).as(output).isZero();

        try (AppContext app = AppContext.openAndHold(folder)) {
            assertThat(run("restore", "--latest", "--yes", "--data-dir", folder.toString()))
                    .isEqualTo(CommandLine.FAILED);
            assertThat(output.lines()).containsExactly("restore refused: Mallboard has " + folder
                    + " open; close it, then run restore again");
            assertThat(app.products().active()).hasSize(1);
        }

        assertThat(run("restore", "--latest", "--yes", "--data-dir", folder.toString())).as(output).isZero();
        assertThat(output).contains("restored");
    }

    @Test
    void theAppRefusesAFolderAnotherMallboardHoldsAndOpensItOnceItIsFree() throws Exception {
        Path folder = temp.resolve("data");
        Files.createDirectories(folder);
        try (LockHolder other = LockHolder.start(folder)) {
            assertThatThrownBy(() -> AppContext.openAndHold(folder)).isInstanceOf(DataFolderInUseException.class);
            assertThat(folder.resolve("mallboard.db")).as("refused before the database was touched").doesNotExist();
        }
        try (AppContext app = AppContext.openAndHold(folder)) {
            assertThat(app.products().active()).isEmpty();
            assertThatThrownBy(() -> DataFolderLock.take(folder)).as("held while open")
                    .isInstanceOf(DataFolderInUseException.class);
        }
        DataFolderLock.take(folder).orElseThrow().close();
    }

    @Test
    void aFolderThatFailsToOpenIsNotLeftHeld() throws Exception {
        Path folder = temp.resolve("data");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("mallboard.db"), "this is not a database");

        assertThatThrownBy(() -> AppContext.openAndHold(folder)).isInstanceOf(RuntimeException.class);

        DataFolderLock.take(folder).orElseThrow().close();
    }

    /** {@code mallboard ARGS} in a JVM of its own, so its lock is another process's, as for a real script. */
    private int run(String... args) throws Exception {
        Path file = temp.resolve("output.txt");
        Process process = ChildMallboard.command(temp.resolve("cache"), List.of(), args).redirectErrorStream(true)
                .redirectOutput(file.toFile()).start();
        int exitCode = ChildMallboard.exitCode(process, 2, "mallboard " + String.join(" ", args));
        output = Files.readString(file);
        return exitCode;
    }
}
