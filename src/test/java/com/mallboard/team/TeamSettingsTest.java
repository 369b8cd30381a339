package com.mallboard.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamSettingsTest {
    private final ServerAddress server = new ServerAddress("jdbc:postgresql://db.example.kr:5432/mallboard", "minji");

    @TempDir
    Path folder;

    @Test
    void aFolderWorksOnItsLocalFileUntilAServerIsSavedAndAgainAfterItIsCleared() {
        assertThat(TeamSettings.read(folder)).isEmpty();

        TeamSettings.save(folder, server);
        assertThat(TeamSettings.read(folder)).contains(server);
        assertThat(folder.resolve(TeamSettings.FILE_NAME + ".part")).doesNotExist();

        TeamSettings.clear(folder);
        assertThat(TeamSettings.read(folder)).isEmpty();
    }

    @Test
    void theFileHoldsNoPassword() throws Exception {
        TeamSettings.save(folder, server);

        assertThat(Files.readString(folder.resolve(TeamSettings.FILE_NAME))).contains("server.url", "server.user")
                .doesNotContainIgnoringCase("password");
    }

    @Test
    void aFileNamingNoUsableServerIsRefusedRatherThanQuietlyWorkingLocally() throws Exception {
        Files.writeString(folder.resolve(TeamSettings.FILE_NAME), "server.url=jdbc:mysql://db/x\nserver.user=minji\n");

        assertThatThrownBy(() -> TeamSettings.read(folder)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TeamSettings.FILE_NAME).hasMessageContaining("jdbc:mysql");
    }
}
