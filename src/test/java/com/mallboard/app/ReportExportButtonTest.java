package com.mallboard.app;

import static com.mallboard.app.RunningApp.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Excel report opens from the navigation bar, over whatever screen shows, with every view of the catalogue. */
@ExtendWith(ApplicationExtension.class)
class ReportExportButtonTest {
    @TempDir
    Path dataFolder;

    private MainScene mainScene;

    @Start
    void start(javafx.stage.Stage stage) {
        mainScene = RunningApp.open(stage, dataFolder).mainScene;
    }

    @Test
    void theNavigationBarOpensTheExportDialogWithTheProductsView(FxRobot robot) {
        waitUntil(() -> !mainScene.current().board().model().loadingProperty().get());
        robot.clickOn("#mallsTab");

        robot.clickOn("#reportExportButton");

        waitUntil(() -> robot.lookup("#reportExportView").tryQuery().isPresent());
        assertThat(robot.lookup("#sheet-products").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#closeReportButton");
        waitUntil(() -> robot.lookup("#reportExportView").tryQuery().isEmpty());
    }
}
