package com.mallboard.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Moving the data to another folder and opening another one: which folders are refused and why, the copy (the
 * database through SQLite's online backup, every other file as it is), its check, and the folder remembered for the
 * next start. The old folder is never changed or deleted. Every method touches files: call it off the FX thread.
 */
public final class DataFolderMove {
    private final DatabaseFiles database;
    private final UserPreferences preferences;

    public DataFolderMove(DatabaseFiles database, UserPreferences preferences) {
        this.database = database;
        this.preferences = preferences;
    }

    /** Throws {@link FolderRefusedException} unless {@code target} can take a copy of {@code current}'s data. */
    public void checkMoveTarget(Path current, Path target) {
        checkUsable(current, target);
        if (Files.exists(target.resolve(database.fileName()))) {
            throw new FolderRefusedException("settings.folder.refused.has.data", target);
        }
    }

    /** Throws {@link FolderRefusedException} unless this Mallboard can open (or start afresh in) {@code target}. */
    public void checkOpenTarget(Path current, Path target) {
        checkUsable(current, target);
        Path file = target.resolve(database.fileName());
        if (Files.exists(file)) {
            switch (database.inspect(file)) {
                case NEWER -> throw new FolderRefusedException("settings.folder.refused.newer", target);
                case NOT_A_DATABASE -> throw new FolderRefusedException("settings.folder.refused.broken", target);
                case IN_USE -> throw new FolderRefusedException("settings.folder.refused.in.use", target);
                case USABLE -> { }
                default -> throw new IllegalStateException();
            }
        }
    }

    private void checkUsable(Path current, Path target) {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new FolderRefusedException("settings.folder.refused.file", target);
        }
        Path here = real(current);
        Path there = real(target);
        if (there.equals(here)) {
            throw new FolderRefusedException("settings.folder.refused.same", target);
        }
        if (there.startsWith(here)) {
            throw new FolderRefusedException("settings.folder.refused.inside", target);
        }
        if (!writable(target)) {
            throw new FolderRefusedException("settings.folder.refused.not.writable", target);
        }
    }

    /** Creates the folder if needed and writes (then deletes) a file in it: the only sure test on every OS. */
    private static boolean writable(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".mallboard-write-test", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static Path real(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    /**
     * Copies the data of {@code from} into {@code to} while the app still has it open, and checks the copy: the
     * database through the online backup (a consistent snapshot), then every other file and folder (the demo mall's
     * state, the credentials file, ...) as it is. Rows are not counted: the app may write meanwhile.
     */
    public void copyWhileOpen(Path from, Path to) {
        copy(from, to, false);
    }

    /**
     * The same while nothing holds {@code from} open, over the earlier copy: brings it up to date with what was
     * written since, and checks that every table holds as many rows as the original.
     */
    public void copyWhileClosed(Path from, Path to) {
        copy(from, to, true);
    }

    private void copy(Path from, Path to, boolean countRows) {
        try {
            Files.createDirectories(to);
            Path original = from.resolve(database.fileName());
            boolean hasDatabase = Files.exists(original);
            if (hasDatabase) {
                database.copy(original, to.resolve(database.fileName()));
            }
            copyOtherFiles(from, to);
            if (hasDatabase) {
                database.verify(original, to.resolve(database.fileName()), countRows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private void copyOtherFiles(Path from, Path to) throws IOException {
        String name = database.fileName();
        // The database and SQLite's files beside it came through the backup; copying them raw could tear them.
        Set<Path> skipped = Set.of(from.resolve(name), from.resolve(name + "-wal"), from.resolve(name + "-shm"),
                from.resolve(name + "-journal"));
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // A lock file (mallboard.lock) belongs to the process holding it; Windows would not even let it be read.
                if (!skipped.contains(file) && attrs.isRegularFile() && !file.getFileName().toString().endsWith(".lock")) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The folder opened at the next start (unless {@code --data-dir} or {@code MALLBOARD_DATA_DIR} say otherwise). */
    public void remember(Path folder) {
        preferences.rememberDataFolder(folder);
    }

    /** Bytes of every file in {@code folder}, subfolders included; 0 for a folder that is not there. */
    public long size(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a file that went away while counting (SQLite's -shm) adds nothing
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
