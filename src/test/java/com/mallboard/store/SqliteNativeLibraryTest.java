package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
    @TempDir
    Path cache;
    private String pathBefore;

    @BeforeEach
    void forgetThePath() {
        pathBefore = System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
    }

    @AfterEach
    void restoreThePath() {
        if (pathBefore == null) {
            System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        } else {
            System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, pathBefore);
        }
    }

    @Test
    void unpacksTheJarsLibraryOnceIntoAVersionedFolderAndPointsSqliteJdbcAtIt() throws Exception {
        Optional<Path> folder = SqliteNativeLibrary.useCached(cache);

        assertThat(folder).isPresent();
        assertThat(folder.get()).startsWith(cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()));
        assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo(folder.get().toString());
        Path library = folder.get().resolve(LibraryLoaderUtil.getNativeLibName());
        assertThat(Files.readAllBytes(library)).isEqualTo(libraryInJar());
        try (var files = Files.list(folder.get())) {
            assertThat(files).as("no part file left").containsExactly(library);
        }
    }

    @Test
    void aWholeCopyIsKeptAndACopyCutShortIsReplaced() throws Exception {
        Path library = SqliteNativeLibrary.useCached(cache).orElseThrow().resolve(LibraryLoaderUtil.getNativeLibName());
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, old);
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);

        SqliteNativeLibrary.useCached(cache);

        assertThat(Files.getLastModifiedTime(library)).as("kept, not written again").isEqualTo(old);

        byte[] whole = libraryInJar();
        Files.write(library, java.util.Arrays.copyOf(whole, whole.length / 2));
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);

        SqliteNativeLibrary.useCached(cache);

        assertThat(Files.readAllBytes(library)).isEqualTo(whole);
    }

    @Test
    void aPathGivenAlreadyIsLeftAsItIs() {
        System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/opt/mallboard/lib/app");

        assertThat(SqliteNativeLibrary.useCached(cache)).isEmpty();

        assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo("/opt/mallboard/lib/app");
        assertThat(cache).isEmptyDirectory();
    }

    @Test
    void anUnwritableCacheLeavesSqliteJdbcToUnpackAsUsual() throws Exception {
        Path file = Files.writeString(cache.resolve("not-a-folder"), "x");

        assertThat(SqliteNativeLibrary.useCached(file)).isEmpty();

        assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isNull();
    }

    @Test
    void cacheFolderFollowsEachSystemsConvention() {
        assertThat(SqliteNativeLibrary.userCacheFolder(Map.of(), "Linux", "/home/mina"))
                .isEqualTo(Path.of("/home/mina/.cache/mallboard"));
        assertThat(SqliteNativeLibrary.userCacheFolder(Map.of("XDG_CACHE_HOME", "/var/cache/mina"), "Linux", "/home/mina"))
                .isEqualTo(Path.of("/var/cache/mina/mallboard"));
        assertThat(SqliteNativeLibrary.userCacheFolder(Map.of("XDG_CACHE_HOME", "relative"), "Linux", "/home/mina"))
                .isEqualTo(Path.of("/home/mina/.cache/mallboard"));
        assertThat(SqliteNativeLibrary.userCacheFolder(Map.of(), "Mac OS X", "/Users/mina"))
                .isEqualTo(Path.of("/Users/mina/Library/Caches/Mallboard"));
        assertThat(SqliteNativeLibrary.userCacheFolder(Map.of("LOCALAPPDATA", "/c/Users/mina/AppData/Local"),
                "Windows 11", "/c/Users/mina")).isEqualTo(Path.of("/c/Users/mina/AppData/Local/Mallboard/cache"));
    }

    private static byte[] libraryInJar() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }
}
