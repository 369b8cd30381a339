package com.mallboard.app;

import com.mallboard.store.Database;
import com.mallboard.store.ServerRefusedException;
import com.mallboard.sync.CredentialStore;
import com.mallboard.team.ServerAddress;
import com.mallboard.team.SignInNeededException;
import com.mallboard.team.TeamPasswords;
import com.mallboard.team.TeamSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens a data folder's store: its local SQLite file, or the team server its {@code team.properties} names, logged
 * in with the password remembered in the keyring. When that is not possible the person is asked
 * ({@link SignInNeededException}), never silently put on the local file, which would split the team's data.
 */
final class StoreOpening {
    /** For scripts on a machine without a keyring (a scheduled {@code mallboard sync}): the password, if not kept. */
    static final String PASSWORD_VARIABLE = "MALLBOARD_TEAM_PASSWORD";

    private StoreOpening() {
    }

    static Database open(Path folder, CredentialStore credentials) {
        Optional<ServerAddress> team = TeamSettings.read(folder);
        if (team.isEmpty()) {
            return Database.open(folder);
        }
        ServerAddress address = team.get();
        String password = new TeamPasswords(credentials).read(address)
                .or(() -> Optional.ofNullable(System.getenv(PASSWORD_VARIABLE)).filter(text -> !text.isEmpty()))
                .orElseThrow(() -> new SignInNeededException(address, "team.signin.noPassword", null));
        try {
            return Database.connect(address, password, folder.resolve(Database.FILE_NAME));
        } catch (ServerRefusedException e) {
            throw new SignInNeededException(address, e.messageKey(), e);
        }
    }
}
