package com.mallboard.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Whether a data folder works on a team server, and which: {@code team.properties} in the folder holds the server's
 * JDBC URL and the person's account. Kept in the folder (not the database, which it chooses) so "open another
 * folder" switches between local and team stores, and the folder's logs and local file stay where they were.
 */
public final class TeamSettings {
    public static final String FILE_NAME = "team.properties";
    private static final String URL = "server.url";
    private static final String USER = "server.user";

    private TeamSettings() {
    }

    /** The server this folder uses; empty when it works on its local file. A damaged file is refused, not ignored. */
    public static Optional<ServerAddress> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty(); // a folder yet to be made, or a file; opening it says what is wrong
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(FILE_NAME))) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
        String url = properties.getProperty(URL);
        String user = properties.getProperty(USER);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ServerAddress(url, user == null ? "" : user));
        } catch (IllegalArgumentException e) {
            // Working on the local file instead would split the team's data without anyone noticing.
            throw new IllegalStateException(folder.resolve(FILE_NAME) + " names no usable team server: " + e.getMessage(), e);
        }
    }

    /** From now on the folder opens on {@code address}; written whole or not at all. */
    public static void save(Path folder, ServerAddress address) {
        Properties properties = new Properties();
        properties.setProperty(URL, address.url());
        properties.setProperty(USER, address.user());
        Path file = folder.resolve(FILE_NAME);
        Path part = folder.resolve(FILE_NAME + ".part");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(part)) {
                properties.store(out, "Mallboard team server for this data folder; delete to work on the local file");
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Back to the folder's local file. */
    public static void clear(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }
}
