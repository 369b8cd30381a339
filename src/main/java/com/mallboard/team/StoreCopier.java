package com.mallboard.team;

import java.nio.file.Path;

/** Copies a local store to a team server and proves the copy; implemented by the store. */
public interface StoreCopier {
    /**
     * Copies every row of the SQLite file to the server's database (migrated first; it must hold no data), then
     * compares each table's row count and checksum on both sides; all or nothing.
     *
     * @throws ServerNotEmptyException when the server's database already holds data
     * @throws MoveVerificationException when a table differs after the copy (nothing is kept on the server)
     */
    MoveReport copy(Path localFile, ServerAddress to, String password);
}
