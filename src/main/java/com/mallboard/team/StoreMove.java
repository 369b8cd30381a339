package com.mallboard.team;

import java.nio.file.Path;

/**
 * Moves a data folder's store to a team server in one step: copy and verify everything, then remember the server
 * and the password so the folder opens there from now on. The local file stays where it is, untouched after the
 * copy, as the way back. Run it while the folder is closed (through {@code DataReopener}), so nothing writes to the
 * local file during the copy.
 */
public final class StoreMove {
    private final TeamServers servers;
    private final TeamPasswords passwords;

    public StoreMove(TeamServers servers, TeamPasswords passwords) {
        this.servers = servers;
        this.passwords = passwords;
    }

    public MoveReport move(Path folder, Path localFile, ServerAddress to, String password) {
        MoveReport report = servers.copy(localFile, to, password);
        passwords.remember(to, password);
        TeamSettings.save(folder, to);
        return report;
    }
}
