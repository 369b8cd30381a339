package com.mallboard.app;

import static com.mallboard.app.RunningApp.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.ProductDetails;
import com.mallboard.settings.ui.SettingsView;
import com.mallboard.store.Database;
import com.mallboard.testing.FxTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The data folder section over the running app and its reopener: the settings screen as the main window builds it,
 * with a folder chooser that answers with a temp folder instead of the operating system's window.
 */
@ExtendWith(ApplicationExtension.class)
class DataFolderSettingsTest {
    @TempDir
    Path temp;

    private final Messages messages = new Messages(Locale.KOREAN);
    private RunningApp app;
    private Path chosen;

    @Start
    void start(javafx.stage.Stage stage) {
        app = RunningApp.open(stage, temp.resolve("data"));
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxTestSupport.hideAllWindows();
    }

    /** The settings screen in a window of its own, built as the main window builds it; starts on the folder section. */
    private void openSettings(FxRobot robot) {
        openSettings(robot, Optional.empty());
    }

    private void openSettings(FxRobot robot, Optional<String> dataFolderOverride) {
        FileDialogs answering = new FileDialogs() {
            @Override
            public Optional<Path> saveFile(Window owner, String title, String name, String extension) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> openFile(Window owner, String title, List<String> extensions) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFolder(Window owner, String title) {
                return Optional.of(chosen);
            }
        };
        robot.interact(() -> {
            SettingsView view = SettingsScreen.build(app.context, app.preferences, new FxTaskExecutor(), messages,
                    locale -> { }, app.reopener(), answering, dataFolderOverride);
            view.select("dataFolder");
            view.reload();
            javafx.stage.Stage window = new javafx.stage.Stage();
            window.setScene(FxTestSupport.scene(view, 900, 700));
            window.show();
        });
        waitUntil(() -> robot.lookup("#dataFolderSection").tryQuery().isPresent()
                && !robot.lookup("#dataFolderSize").queryAs(Labeled.class).getText().isEmpty());
    }

    @Test
    void movingCopiesTheDataIntoTheChosenFolderReopensTheAppThereAndKeepsTheOldFolder(FxRobot robot)
            throws IOException {
        Path old = app.context.database().file().getParent();
        app.context.products().create(ProductDetails.of("TONER-200", "어성초 토너"), Set.of());
        Files.writeString(old.resolve("demo-mall.json"), "{}");
        chosen = temp.resolve("moved");
        openSettings(robot);
        assertThat(robot.lookup("#dataFolderPath").queryAs(Labeled.class).getText()).isEqualTo(old.toString());
        assertThat(robot.lookup("#dataFolderOverride").query().isVisible()).as("nothing overrides the choice").isFalse();

        robot.clickOn("#moveDataButton");

        waitUntil(() -> app.context.database().file().getParent().equals(chosen));
        assertThat(app.context.products().active()).extracting(p -> p.details().sku()).containsExactly("TONER-200");
        assertThat(chosen.resolve("demo-mall.json")).exists();
        assertThat(old.resolve(Database.FILE_NAME)).exists();
        assertThat(app.preferences.dataFolder()).contains(chosen.toAbsolutePath());
        waitUntil(() -> robot.lookup("#dataFolderNotice").tryQuery().isPresent());
        assertThat(robot.lookup("#dataFolderNotice .content").queryAs(Labeled.class).getText())
                .isEqualTo(messages.get("settings.folder.moved", chosen, old));
        assertThat(robot.lookup("#statusDataFolder").queryAs(Labeled.class).getText()).contains(chosen.toString());
    }

    @Test
    void aFileIsRefusedWithTheReasonAndTheAppStaysWhereItWas(FxRobot robot) throws IOException {
        Path old = app.context.database().file().getParent();
        chosen = Files.writeString(temp.resolve("notes.txt"), "not a folder");
        openSettings(robot);

        robot.clickOn("#moveDataButton");

        waitUntil(() -> robot.lookup("#dataFolderResult").queryAs(Labeled.class).isVisible());
        assertThat(robot.lookup("#dataFolderResult").queryAs(Labeled.class).getText())
                .isEqualTo(messages.get("settings.folder.refused.file", chosen));
        assertThat(app.context.database().file().getParent()).isEqualTo(old);
        assertThat(app.preferences.dataFolder()).isEmpty();
    }

    @Test
    void openingAnotherFolderReopensTheAppOnItsDataAndRemembersIt(FxRobot robot) {
        Path other = temp.resolve("other");
        try (Database database = Database.open(other)) {
            database.dsl().execute("INSERT INTO setting (key, value) VALUES ('board.wip.planning', '7')");
        }
        chosen = other;
        openSettings(robot);

        robot.clickOn("#openDataFolderButton");

        waitUntil(() -> app.context.database().file().getParent().equals(other));
        assertThat(app.context.boardSettings().wipLimit(com.mallboard.product.Stage.PLANNING)).hasValue(7);
        assertThat(app.preferences.dataFolder()).contains(other.toAbsolutePath());
    }

    @Test
    void aFolderGivenByTheEnvironmentIsNamedWithWhatAChoiceHereStillDoes(FxRobot robot) {
        chosen = temp.resolve("moved");
        openSettings(robot, DataFolder.overriddenBy(Optional.empty(),
                java.util.Map.of(DataFolder.ENV_VARIABLE, temp.resolve("data").toString())));

        Labeled warning = robot.lookup("#dataFolderOverride").queryAs(Labeled.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).isEqualTo(messages.get("settings.folder.overridden", "MALLBOARD_DATA_DIR"))
                .contains("MALLBOARD_DATA_DIR");
    }

    @Test
    void theRunningAppStartedWithDataDirWarnsInItsSettingsScreen(FxRobot robot) {
        robot.interact(() -> app.showWithDataFolderOverride(Optional.of("--data-dir")));
        robot.clickOn("#settingsTab");
        robot.interact(() -> ((SettingsView) robot.lookup("#settingsScreen").query()).select("dataFolder"));

        waitUntil(() -> robot.lookup("#dataFolderOverride").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup("#dataFolderOverride").queryAs(Labeled.class).getText())
                .isEqualTo(messages.get("settings.folder.overridden", "--data-dir"));
    }
}
