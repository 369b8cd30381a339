package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.store.Database;
import com.mallboard.store.TestDatabases;
import com.mallboard.sync.MemoryCredentialStore;
import com.mallboard.team.ServerAddress;
import com.mallboard.team.SignInNeededException;
import com.mallboard.team.TeamPasswords;
import com.mallboard.team.TeamSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder set to a team server opens there with the remembered password, or asks; never falls back silently. */
@Tag("postgresql")
class StoreOpeningTest {
    private static final String DATABASE = "mb_opening_" + ProcessHandle.current().pid();
    private final ServerAddress server = TestDatabases.serverAddress(DATABASE);
    private final MemoryCredentialStore keyring = new MemoryCredentialStore();

    @TempDir
    Path folder;

    @BeforeAll
    static void serverDatabase() {
        TestDatabases.admin("postgres", "DROP DATABASE IF EXISTS " + DATABASE, "CREATE DATABASE " + DATABASE);
    }

    @AfterAll
    static void dropIt() {
        TestDatabases.admin("postgres", "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    void aFolderWithoutTeamSettingsOpensItsLocalFile() {
        try (Database database = StoreOpening.open(folder, keyring)) {
            assertThat(database.server()).isEmpty();
            assertThat(folder.resolve(Database.FILE_NAME)).exists();
        }
    }

    @Test
    void aTeamFolderOpensOnTheServerWithTheRememberedPassword() {
        TeamSettings.save(folder, server);
        new TeamPasswords(keyring).remember(server, TestDatabases.password());

        try (Database database = StoreOpening.open(folder, keyring)) {
            assertThat(database.server()).contains(server);
        }
        assertThat(folder.resolve(Database.FILE_NAME)).as("no local file is made on the side").doesNotExist();
    }

    @Test
    void withoutARememberedPasswordThePersonIsAskedToSignIn() {
        TeamSettings.save(folder, server);

        assertThatThrownBy(() -> StoreOpening.open(folder, keyring))
                .isInstanceOfSatisfying(SignInNeededException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("team.signin.noPassword");
                    assertThat(e.address()).isEqualTo(server);
                });
        assertThat(folder.resolve(Database.FILE_NAME)).doesNotExist();
    }

    @Test
    void aRefusedOrUnreachableServerAsksToo() {
        TeamSettings.save(folder, server);
        new TeamPasswords(keyring).remember(server, "changed-since");
        assertThatThrownBy(() -> StoreOpening.open(folder, keyring))
                .isInstanceOfSatisfying(SignInNeededException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("team.refused.login.refused"));

        ServerAddress down = new ServerAddress("jdbc:postgresql://127.0.0.1:1/mallboard", "minji");
        TeamSettings.save(folder, down);
        new TeamPasswords(keyring).remember(down, "x");
        assertThatThrownBy(() -> StoreOpening.open(folder, keyring))
                .isInstanceOfSatisfying(SignInNeededException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("team.refused.unreachable"));
    }
}
