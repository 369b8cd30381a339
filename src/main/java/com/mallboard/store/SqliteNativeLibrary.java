package com.mallboard.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * sqlite-jdbc's native library, unpacked once per user and version into a cache folder. Left alone, sqlite-jdbc
 * writes its 1 MB library to the temporary folder under a new name on every start and reads it back byte by byte
 * to compare (0.5–1 s of a cold start on two cores); {@code org.sqlite.tmpdir} only moves where that happens. With
 * {@code org.sqlite.lib.path} set it loads the library from there at once, and falls back to unpacking it as usual
 * when that fails. The packaged app sets the path itself, to the copy shipped in its image.
 */
public final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";

    private SqliteNativeLibrary() {
    }

    /**
     * Points sqlite-jdbc at the library in {@code cacheRoot}, unpacking it there first when it is missing or has the
     * wrong size. Call before the first connection. Does nothing when a path is already set, and when anything goes
     * wrong (sqlite-jdbc then unpacks it as before).
     *
     * @return the folder now used, if any
     */
    public static Optional<Path> useCached(Path cacheRoot) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return Optional.empty();
        }
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            URL resource = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
            if (resource == null) {
                return Optional.empty();
            }
            Path folder = cacheRoot.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                    .resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
            unpackUnlessPresent(resource, folder.resolve(name));
            System.setProperty(PATH_PROPERTY, folder.toString());
            return Optional.of(folder);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The size check (from the jar's directory, without reading the library) catches a copy cut short. */
    private static void unpackUnlessPresent(URL resource, Path target) throws IOException {
        URLConnection connection = resource.openConnection();
        long size = connection.getContentLengthLong();
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            connection.getInputStream().close();
            return;
        }
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            // Another start may unpack the same file at the same time; either whole copy is good.
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * The user's cache folder for Mallboard: {@code $XDG_CACHE_HOME/mallboard} (else {@code ~/.cache/mallboard}) on
     * Linux, {@code %LOCALAPPDATA%\Mallboard\cache} on Windows, {@code ~/Library/Caches/Mallboard} on macOS.
     */
    public static Path userCacheFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            boolean set = local != null && !local.isBlank();
            return (set ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("Mallboard").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Mallboard");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        boolean usable = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute();
        return (usable ? Path.of(xdg) : Path.of(home, ".cache")).resolve("mallboard");
    }
}
