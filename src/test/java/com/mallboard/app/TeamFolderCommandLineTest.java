package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.store.Database;
import com.mallboard.team.ServerAddress;
import com.mallboard.team.TeamSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI on a data folder that works on a team server: one clear line and exit 1, never the unused local file. */
class TeamFolderCommandLineTest {
    private final ServerAddress server = new ServerAddress("jdbc:postgresql://127.0.0.1:1/mallboard", "minji");
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    @BeforeEach
    void teamFolder() {
        TeamSettings.save(folder, server);
    }

    private int run(String... args) {
        err.reset();
        return new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutAPasswordACommandSaysHowToGiveOneAndTouchesNoLocalFile() {
        int exit = run("export", "--data-dir", folder.toString(), "--out", folder.resolve("r.xlsx").toString());

        assertThat(exit).isEqualTo(CommandLine.FAILED);
        assertThat(err()).startsWith("export failed: Enter your password for the team server " + server.describe())
                .contains(StoreOpening.PASSWORD_VARIABLE).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(folder.resolve(Database.FILE_NAME)).doesNotExist();
    }

    @Test
    void backupAndRestoreRefuseToPretendTheLocalFileIsTheTeamsData() {
        assertThat(run("backup", "--data-dir", folder.toString())).isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains("works on the team server " + server.describe()).contains("pg_dump");

        assertThat(run("restore", "--latest", "--yes", "--data-dir", folder.toString())).isEqualTo(CommandLine.FAILED);
        assertThat(err()).contains("pg_dump");
    }
}
