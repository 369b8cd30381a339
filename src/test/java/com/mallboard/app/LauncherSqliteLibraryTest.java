package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher loads SQLite from the user's cache instead of unpacking it to the temporary folder on every start
 * (cold start, docs/performance.md). Shown with a temporary folder sqlite-jdbc cannot use: a file.
 */
@EnabledOnOs(OS.LINUX)
class LauncherSqliteLibraryTest {
    @TempDir
    Path temp;

    @Test
    void aCommandLoadsSqliteFromTheUsersCacheWithoutTheTemporaryFolder() throws Exception {
        Path folder = temp.resolve("data");
        new AppContext(folder, Clock.systemUTC(), "test").close();
        Path unusableTemp = Files.writeString(temp.resolve("not-a-folder"), "");
        Path cache = temp.resolve("cache");

        assertThat(backup(folder, unusableTemp, cache, false)).as("without the cache SQLite cannot load").isEqualTo(1);
        assertThat(Files.readString(temp.resolve("output.txt"))).as("said as it is, not as a damaged database")
                .contains("Cannot start SQLite: its native library could not be loaded").doesNotContain("damaged");
        assertThat(backup(folder, unusableTemp, cache, true)).isZero();

        assertThat(cache.resolve("mallboard")).isDirectory();
        try (var found = Files.walk(cache)) {
            assertThat(found.filter(f -> f.getFileName().toString().startsWith("libsqlitejdbc"))).hasSize(1);
        }
    }

    private int backup(Path folder, Path sqliteTemp, Path cache, boolean useCache) throws Exception {
        List<String> options = useCache ? List.of("-Dorg.sqlite.tmpdir=" + sqliteTemp)
                : List.of("-Dorg.sqlite.tmpdir=" + sqliteTemp, "-Dorg.sqlite.lib.path=" + temp.resolve("none"));
        Process process = ChildMallboard.command(cache, options, "backup", "--data-dir", folder.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("output.txt").toFile()).start();
        return ChildMallboard.exitCode(process, 2, "mallboard backup");
    }
}
