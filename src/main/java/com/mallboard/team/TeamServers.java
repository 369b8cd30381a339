package com.mallboard.team;

import java.nio.file.Path;

/** What the team screens need of a server; implemented by the store. */
public interface TeamServers {
    /**
     * Logs in and checks the server's schema, changing nothing there except migrating an empty or older database.
     *
     * @throws TeamServerRefusedException when it cannot be used, with the reason in the user's words
     */
    void check(ServerAddress address, String password);

    /**
     * Copies every row of the SQLite file to the server's database (migrated first; it must hold no data), then
     * compares each table's row count and checksum on both sides; all or nothing.
     *
     * @throws TeamServerRefusedException when the server cannot be used
     * @throws ServerNotEmptyException when the server's database already holds data
     * @throws MoveVerificationException when a table differs after the copy (nothing is kept on the server)
     */
    MoveReport copy(Path localFile, ServerAddress to, String password);
}
