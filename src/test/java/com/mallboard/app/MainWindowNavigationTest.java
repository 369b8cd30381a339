package com.mallboard.app;

import static com.mallboard.app.RunningApp.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Getting from the board to the malls, the job log and the packing bench and back, and "sync now" from the status bar. */
@ExtendWith(ApplicationExtension.class)
class MainWindowNavigationTest {
    @TempDir
    Path dataFolder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private MainScene mainScene;

    @Start
    void start(javafx.stage.Stage stage) {
        mainScene = RunningApp.open(stage, dataFolder).mainScene;
    }

    @Test
    void theMallsAndJobLogButtonsShowTheirScreensAndTheBoardComesBack(FxRobot robot) {
        waitUntil(() -> !mainScene.current().board().model().loadingProperty().get());
        robot.clickOn("#mallsTab");
        waitUntil(() -> robot.lookup("#mallsTable").query().isVisible()
                && mainScene.current().sync().mallsModel().loadedProperty().get());
        assertThat(robot.lookup("#mallsEmpty").queryLabeled().getText()).isEqualTo(messages.get("mall.empty"));

        robot.clickOn("#jobLogTab");
        waitUntil(() -> robot.lookup("#jobLogTable").query().isVisible());

        robot.clickOn("#boardTab");
        waitUntil(() -> robot.lookup("#cards-planning").query().isVisible());
    }

    @Test
    void boardShortcutsRestWhileAnotherScreenIsShown(FxRobot robot) {
        waitUntil(() -> !mainScene.current().board().model().loadingProperty().get());
        robot.clickOn("#mallsTab");
        waitUntil(() -> robot.lookup("#mallsTable").query().isVisible());
        robot.clickOn("#mallsTable");

        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#productEditor").tryQuery()).isEmpty();
    }

    @Test
    void thePackingScreenTakesTheScannerAtOnce(FxRobot robot) {
        waitUntil(() -> !mainScene.current().board().model().loadingProperty().get());

        robot.clickOn("#packingTab");
        waitUntil(() -> robot.lookup("#scanField").query().isFocused());
        robot.write("20261125-0000404").type(KeyCode.ENTER);

        waitUntil(() -> messages.get("pack.refused.not.found", "20261125-0000404")
                .equals(robot.lookup("#packStatus").queryLabeled().getText()));
        assertThat(robot.lookup("#scanField").query().isFocused()).isTrue();
    }

    @Test
    void syncNowWithoutMallsSaysWhereToAddOne(FxRobot robot) {
        waitUntil(() -> !mainScene.current().board().model().loadingProperty().get());

        robot.clickOn("#syncNowButton");

        waitUntil(() -> robot.lookup("#syncSummaryBar").query().isVisible());
        assertThat(robot.lookup("#syncSummary").queryLabeled().getText())
                .isEqualTo(messages.get("sync.summary.no.malls"));
        robot.clickOn("#dismissSyncSummary");
        waitUntil(() -> !robot.lookup("#syncSummaryBar").query().isVisible());
    }
}
