package com.mallboard.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Says "Mallboard has this data folder open": an operating-system lock on {@code mallboard.lock} in the folder, held
 * by the desktop app while it has the folder open and by {@code mallboard restore} while it replaces the database.
 * The operating system drops it when the process ends, however it ends, so a crash never leaves a folder locked.
 * The file itself stays and means nothing without the lock. Where locks cannot be taken at all (a folder that cannot
 * hold the file) nothing is held and nothing is refused: the lock is a guard against mistakes, not a reason not to
 * start.
 */
public final class DataFolderLock implements AutoCloseable {
    public static final String FILE_NAME = "mallboard.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code folder}.
     *
     * @return the lock, or empty when there is no such folder or it cannot hold a lock file
     * @throws DataFolderInUseException when another process, or another part of this one, holds it
     */
    public static Optional<DataFolderLock> take(Path folder) {
        FileChannel channel;
        try {
            if (!Files.isDirectory(folder)) {
                return Optional.empty();
            }
            channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            return Optional.empty();
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new DataFolderInUseException(folder);
        }
        return Optional.of(new DataFolderLock(channel, lock));
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing is left to release: the process lets go of the file when it ends in any case.
        }
    }
}
