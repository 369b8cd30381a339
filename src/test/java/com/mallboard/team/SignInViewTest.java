package com.mallboard.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.DataReopener.WhileClosed;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.store.ServerCopy;
import com.mallboard.store.TestDatabases;
import com.mallboard.sync.MemoryCredentialStore;
import com.mallboard.team.ui.SignInView;
import com.mallboard.team.ui.SignInViewModel;
import com.mallboard.testing.FxTestSupport;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window a team member meets when the server needs their password: a wrong one is said, a right one opens. */
@Tag("postgresql")
@ExtendWith(ApplicationExtension.class)
class SignInViewTest {
    private static final String DATABASE = "mb_signin_" + ProcessHandle.current().pid();
    private final ServerAddress server = TestDatabases.serverAddress(DATABASE);
    private final MemoryCredentialStore keyring = new MemoryCredentialStore();
    private final Messages messages = new Messages(Messages.KOREAN);
    private final AtomicReference<WhileClosed> reopened = new AtomicReference<>();
    private Stage stage;

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

    @Start
    void start(Stage primary) {
        this.stage = primary;
        FxTestSupport.installThemeOnce();
    }

    @Test
    void aWrongPasswordIsSaidInKoreanAndTheRightOneIsRememberedAndOpensTheServer(FxRobot robot) throws Exception {
        show(robot, messages.get("team.signin.noPassword", server.describe()));
        assertThat(problem(robot)).contains("비밀번호를 입력하세요").contains(server.describe());

        robot.clickOn("#signInPassword").write("wrong");
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot)).contains("받아들이지 않았습니다");
        assertThat(reopened.get()).isNull();

        robot.interact(() -> robot.lookup("#signInPassword").queryAs(PasswordField.class).clear());
        robot.clickOn("#signInPassword").write(TestDatabases.password());
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reopened.get()).isNotNull();
        reopened.get().run(folder);
        assertThat(new TeamPasswords(keyring).read(server)).contains(TestDatabases.password());
        assertThat(TeamSettings.read(folder)).contains(server);
    }

    @Test
    void workingOnTheLocalFileInsteadAsksFirstThenLeavesTeamMode(FxRobot robot) throws Exception {
        TeamSettings.save(folder, server);
        show(robot, messages.get("team.refused.unreachable", server.describe()));

        robot.clickOn("#signInLocalButton");
        assertThat(robot.lookup("#signInLocalConfirm").tryQuery()).isPresent();
        robot.clickOn(messages.get("common.ok"));
        WaitForAsyncUtils.waitForFxEvents();

        reopened.get().run(folder);
        assertThat(TeamSettings.read(folder)).isEmpty();
        assertThat(keyring.secrets()).isEmpty();
    }

    private void show(FxRobot robot, String why) {
        SignInViewModel model = new SignInViewModel(server, why, new ServerCopy(), new TeamPasswords(keyring),
                reopened::set, new SameThreadTaskExecutor(), messages);
        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(new SignInView(model, messages, () -> { })), 900, 600));
            stage.show();
        });
    }

    private String problem(FxRobot robot) {
        return robot.lookup("#signInProblem").queryAs(Label.class).getText();
    }
}
