package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.AppTheme;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Getting from the board to the malls and the job log and back, and "sync now" from the status bar. */
@ExtendWith(ApplicationExtension.class)
class MainWindowNavigationTest {
    @TempDir
    Path dataFolder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private AppContext context;
    private MainScene mainScene;

    @Start
    void start(javafx.stage.Stage stage) {
        AppTheme.install();
        context = new AppContext(dataFolder, new TestClock(), TestStore.USER);
        stage.setScene(new Scene(new Label(), 1400, 900));
        AppTheme.style(stage.getScene());
        stage.show();
        mainScene = new MainScene(stage, context, new FxTaskExecutor(), uri -> { });
        mainScene.show(Locale.KOREAN);
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
    void syncNowWithoutMallsSaysWhereToAddOne(FxRobot robot) {
        waitUntil(() -> !mainScene.current().board().model().loadingProperty().get());

        robot.clickOn("#syncNowButton");

        waitUntil(() -> robot.lookup("#syncSummaryBar").query().isVisible());
        assertThat(robot.lookup("#syncSummary").queryLabeled().getText())
                .isEqualTo(messages.get("sync.summary.no.malls"));
        robot.clickOn("#dismissSyncSummary");
        waitUntil(() -> !robot.lookup("#syncSummaryBar").query().isVisible());
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for the main window", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
