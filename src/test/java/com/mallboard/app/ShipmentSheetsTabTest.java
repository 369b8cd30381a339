package com.mallboard.app;

import static com.mallboard.app.RunningApp.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shipment sheets screen is one click away in the navigation bar, wired to the app's store. */
@ExtendWith(ApplicationExtension.class)
class ShipmentSheetsTabTest {
    @TempDir
    Path dataFolder;

    private MainScene mainScene;

    @Start
    void start(javafx.stage.Stage stage) {
        mainScene = RunningApp.open(stage, dataFolder).mainScene;
    }

    @Test
    void theSheetsButtonShowsTheBatchScreenWithItsFilters(FxRobot robot) {
        waitUntil(() -> !mainScene.current().board().model().loadingProperty().get());

        robot.clickOn("#sheetsTab");

        waitUntil(() -> robot.lookup("#sheetsTable").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#sheetsTable").queryTableView();
        ComboBox<?> malls = robot.lookup("#sheetsMall").queryComboBox();
        waitUntil(() -> table.isVisible() && !malls.getItems().isEmpty());
        assertThat(robot.lookup("#sheetsTab").queryLabeled().getText()).isEqualTo("출고 문서");
        assertThat(malls.getValue().toString()).isEqualTo("모든 쇼핑몰");
    }
}
