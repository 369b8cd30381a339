package com.mallboard.team;

import static com.mallboard.store.generated.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.DataReopener;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.settings.ui.TeamServerViewModel;
import com.mallboard.store.Database;
import com.mallboard.store.ServerCopy;
import com.mallboard.store.TestDatabases;
import com.mallboard.store.TestStore;
import com.mallboard.sync.MemoryCredentialStore;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings › Team server against a real server: mistakes are said at the form, and only a login that works switches. */
@Tag("postgresql")
class TeamServerViewModelTest {
    private static final String DATABASE = "mb_settings_" + ProcessHandle.current().pid();
    private final ServerAddress server = TestDatabases.serverAddress(DATABASE);
    private final MemoryCredentialStore keyring = new MemoryCredentialStore();
    private final Messages messages = new Messages(Messages.KOREAN);
    private DataReopener.WhileClosed reopenedWith;

    @TempDir
    Path folder;

    @BeforeAll
    static void serverDatabase() {
        TestDatabases.admin("postgres", "DROP DATABASE IF EXISTS " + DATABASE, "CREATE DATABASE " + DATABASE);
    }

    @BeforeEach
    void emptyIt() {
        TestDatabases.admin(DATABASE, "DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
    }

    @AfterAll
    static void dropIt() {
        TestDatabases.admin("postgres", "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    void aBadAddressAMissingPasswordAndARefusedLoginAreSaidAtTheFormAndNothingSwitches() {
        TeamServerViewModel model = localFolder();
        model.urlProperty().set("db.example.kr:5432/mallboard");
        model.passwordProperty().set("x");
        model.connect();
        assertThat(model.feedbackText()).contains("jdbc:postgresql://");

        model.urlProperty().set(server.url());
        model.passwordProperty().set("");
        model.connect();
        assertThat(model.feedbackText()).isEqualTo(messages.get("settings.team.password.missing"));

        model.userProperty().set(server.user());
        model.passwordProperty().set("wrong");
        model.connect();
        assertThat(model.feedbackText()).contains("받아들이지 않았습니다").contains(server.describe());

        assertThat(reopenedWith).isNull();
        assertThat(TeamSettings.read(folder)).isEmpty();
        assertThat(keyring.secrets()).isEmpty();
    }

    @Test
    void movingCopiesTheDataWithTheFolderClosedThenTheFolderOpensOnTheServer() throws Exception {
        TestStore local = TestStore.onLocalFile(folder);
        local.createDraft("TOR-1", "토리든 선크림");
        local.createDraft("TOR-2", "토리든 토너");
        local.database().close();
        TeamServerViewModel model = localFolder();
        typeGoodLogin(model);

        model.moveToServer();
        assertThat(reopenedWith).as("the move waits for the folder to be closed").isNotNull();
        reopenedWith.run(folder);

        assertThat(TeamSettings.read(folder)).contains(server);
        assertThat(new TeamPasswords(keyring).read(server)).contains(TestDatabases.password());
        try (Database onServer = Database.connect(server, TestDatabases.password(), folder.resolve(Database.FILE_NAME))) {
            assertThat(onServer.dsl().fetchCount(PRODUCT)).isEqualTo(2);
        }
    }

    @Test
    void connectingRemembersTheServerAndGoingBackForgetsIt() throws Exception {
        TeamServerViewModel model = localFolder();
        typeGoodLogin(model);
        model.connect();
        reopenedWith.run(folder);
        assertThat(TeamSettings.read(folder)).contains(server);

        TeamServerViewModel onServer = new TeamServerViewModel(new TeamServerViewModel.Current(folder,
                folder.resolve(Database.FILE_NAME), Optional.of(server)), new ServerCopy(), new TeamPasswords(keyring),
                this::reopen, new SameThreadTaskExecutor(), messages);
        assertThat(onServer.status()).contains(server.describe());
        assertThat(onServer.urlProperty().get()).isEqualTo(server.url());
        onServer.useLocalFile();
        reopenedWith.run(folder);
        assertThat(TeamSettings.read(folder)).isEmpty();
    }

    private TeamServerViewModel localFolder() {
        return new TeamServerViewModel(new TeamServerViewModel.Current(folder, folder.resolve(Database.FILE_NAME),
                Optional.empty()), new ServerCopy(), new TeamPasswords(keyring), this::reopen,
                new SameThreadTaskExecutor(), messages);
    }

    private void typeGoodLogin(TeamServerViewModel model) {
        model.urlProperty().set(server.url());
        model.userProperty().set(server.user());
        model.passwordProperty().set(TestDatabases.password());
    }

    private void reopen(Path reopened, DataReopener.WhileClosed whileClosed) {
        assertThat(reopened).isEqualTo(folder);
        reopenedWith = whileClosed;
    }
}
