package com.mallboard.app;

import static com.mallboard.app.RunningApp.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.BoardSettings;
import com.mallboard.common.Messages;
import com.mallboard.common.Theme;
import com.mallboard.common.ui.AppTheme;
import com.mallboard.product.Stage;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings screen in the running app: each section changed as a user would, and what the change does. */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    @TempDir
    Path dataFolder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private RunningApp app;

    @Start
    void start(javafx.stage.Stage stage) {
        app = RunningApp.open(stage, dataFolder);
    }

    @AfterEach
    void lightAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> AppTheme.apply(Theme.LIGHT)).get();
    }

    private void openSettings(FxRobot robot, String section) {
        waitUntil(() -> !app.mainScene.current().board().model().loadingProperty().get());
        robot.clickOn("#settingsTab");
        waitUntil(() -> robot.lookup("#settingsScreen").tryQuery().isPresent());
        robot.clickOn("#" + section + "SectionTab");
        waitUntil(() -> robot.lookup("#" + section + "Section").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void choosingEnglishRebuildsTheWindowInEnglishAndRemembersIt(FxRobot robot) {
        openSettings(robot, "general");

        robot.clickOn("#languageChoice").clickOn("English");

        waitUntil(() -> "Settings".equals(text(robot, "#settingsTab")));
        assertThat(text(robot, "#boardTab")).isEqualTo("Board");
        assertThat(app.context.settings().get(LanguageSetting.KEY)).contains("en");
    }

    @Test
    void theDarkThemeRestylesTheAppAtOnceAndIsRememberedForTheNextStart(FxRobot robot) {
        openSettings(robot, "general");

        robot.clickOn("#themeDark");

        waitUntil(() -> app.preferences.theme() == Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(AppTheme.userAgentStylesheet(Theme.DARK));
        assertThat(text(robot, "#generalResult")).isEqualTo(messages.get("settings.theme.saved",
                messages.get("settings.theme.dark")));

        robot.clickOn("#themeLight");

        waitUntil(() -> app.preferences.theme() == Theme.LIGHT);
        assertThat(AppTheme.current()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aWipLimitSavedInTheSettingsShowsOnTheBoardsHeaderAndTextThatIsNoLimitIsRefused(FxRobot robot) {
        openSettings(robot, "board");

        robot.clickOn("#wipLimit-sourcing").write("1O").type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#boardResult").queryAs(Labeled.class).isVisible());
        assertThat(text(robot, "#boardResult")).isEqualTo(messages.get("settings.wip.invalid",
                messages.get(Stage.SOURCING.messageKey()), 9999));
        assertThat(app.context.boardSettings().wipLimit(Stage.SOURCING)).isEmpty();

        robot.doubleClickOn("#wipLimit-sourcing").eraseText(2).write("3").type(KeyCode.ENTER);

        waitUntil(() -> app.context.boardSettings().wipLimit(Stage.SOURCING).orElse(0) == 3);
        assertThat(text(robot, "#boardResult")).isEqualTo(messages.get("settings.wip.saved",
                messages.get(Stage.SOURCING.messageKey()), 3));
        robot.clickOn("#boardTab");
        waitUntil(() -> text(robot, "#header-sourcing .stage-count").equals(messages.get("board.count.wip", "0", 3)));
    }

    @Test
    void theStageHeadersWipDialogAsksAgainWithTheProblemWhenTheTextIsNoLimit(FxRobot robot) {
        waitUntil(() -> !app.mainScene.current().board().model().loadingProperty().get());
        String sourcing = messages.get(Stage.SOURCING.messageKey());
        // Monocle's headless robot sends no context-menu request on a right click; the header gets the event itself.
        Node header = robot.lookup("#header-sourcing").query();
        Bounds at = header.localToScreen(header.getBoundsInLocal());
        robot.interact(() -> header.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5,
                at.getMinX() + 5, at.getMinY() + 5, false, null)));
        robot.clickOn(messages.get("board.wip.set"));
        waitUntil(() -> robot.lookup("#wipLimitField").tryQuery().isPresent());
        robot.clickOn("#wipLimitField").write("1O").clickOn(messages.get("common.ok"));

        String problem = messages.get("settings.wip.invalid", sourcing, BoardSettings.MAX_WIP_LIMIT);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class)
                .map(pane -> pane.getHeaderText().startsWith(problem)).orElse(false));
        assertThat(robot.lookup("#wipLimitField").queryAs(TextField.class).getText()).as("what was typed stays")
                .isEqualTo("1O");
        assertThat(app.context.boardSettings().wipLimit(Stage.SOURCING)).isEmpty();
        robot.doubleClickOn("#wipLimitField").eraseText(2).write("4").clickOn(messages.get("common.ok"));

        waitUntil(() -> app.context.boardSettings().wipLimit(Stage.SOURCING).orElse(0) == 4);
        waitUntil(() -> text(robot, "#header-sourcing .stage-count").equals(messages.get("board.count.wip", "0", 4)));
    }

    @Test
    void aRetentionOutOfRangeIsRefusedAtTheFieldAndNotSaved(FxRobot robot) {
        openSettings(robot, "privacy");
        Spinner<?> days = robot.lookup("#retentionDays").queryAs(Spinner.class);
        waitUntil(() -> Integer.valueOf(90).equals(days.getValue()));

        robot.doubleClickOn(days.getEditor()).eraseText(2).write("0").type(KeyCode.ENTER);

        waitUntil(() -> messages.get("privacy.retention.invalid").equals(text(robot, "#retentionResult")));
        assertThat(days.getEditor().getText()).isEqualTo("90");
        assertThat(app.context.retention().days()).isEqualTo(90);

        robot.doubleClickOn(days.getEditor()).eraseText(2).write("30").type(KeyCode.ENTER);

        waitUntil(() -> app.context.retention().days() == 30);
        assertThat(text(robot, "#retentionResult")).isEqualTo(messages.get("privacy.retention.saved", 30));
    }

    @Test
    void locationsAreAddedReorderedRenamedPastedAndDeletedAndARepeatIsRefused(FxRobot robot) {
        openSettings(robot, "warehouse");
        ListView<?> list = robot.lookup("#locationList").queryAs(ListView.class);

        robot.clickOn("#newLocationField").write("A-02").type(KeyCode.ENTER);
        robot.write("A-01").type(KeyCode.ENTER);
        waitUntil(() -> list.getItems().size() == 2);
        robot.clickOn("A-01").clickOn("#locationUpButton");
        waitUntil(() -> app.context.warehouseLocations().all().equals(java.util.List.of("A-01", "A-02")));

        robot.clickOn("#newLocationField").write("a-02").type(KeyCode.ENTER);
        assertThat(text(robot, "#locationsResult")).isEqualTo(messages.get("warehouse.location.duplicate", "A-02", 40,
                5000));
        assertThat(list.getItems()).hasSize(2);

        robot.clickOn("#pasteLocations").write("C-01\nA-02\nB-01\n").clickOn("#pasteLocationsButton");
        waitUntil(() -> app.context.warehouseLocations().all().size() == 4);
        robot.doubleClickOn("C-01").eraseText(4).write("C-09").type(KeyCode.ENTER);
        robot.clickOn("B-01").clickOn("#deleteLocationButton");

        waitUntil(() -> app.context.warehouseLocations().all().equals(java.util.List.of("A-01", "A-02", "C-09")));
        assertThat(list.getItems()).map(String::valueOf).containsExactly("A-01", "A-02", "C-09");
    }
}
