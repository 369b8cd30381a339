package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {
    @TempDir
    Path folder;

    @Test
    void aFolderHeldByAnotherProcessIsRefusedUntilThatProcessLetsGo() throws Exception {
        try (LockHolder other = LockHolder.start(folder)) {
            assertThatThrownBy(() -> DataFolderLock.take(folder)).isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining(folder.toString())
                    .satisfies(e -> assertThat(((DataFolderInUseException) e).folder()).isEqualTo(folder));
        }
        try (DataFolderLock lock = DataFolderLock.take(folder).orElseThrow()) {
            assertThat(folder.resolve(DataFolderLock.FILE_NAME)).exists();
        }
    }

    @Test
    void aSecondHoldInTheSameProcessIsRefusedAndTheFirstCloseLetsGo() {
        Optional<DataFolderLock> first = DataFolderLock.take(folder);
        assertThat(first).isPresent();

        assertThatThrownBy(() -> DataFolderLock.take(folder)).isInstanceOf(DataFolderInUseException.class);

        first.get().close();
        DataFolderLock.take(folder).orElseThrow().close();
    }

    @Test
    void noFolderOrAFileInsteadHoldsNothingAndRefusesNothing() throws Exception {
        assertThat(DataFolderLock.take(folder.resolve("missing"))).isEmpty();
        assertThat(folder.resolve("missing")).doesNotExist();
        assertThat(DataFolderLock.take(Files.writeString(folder.resolve("a-file"), "x"))).isEmpty();
    }
}
