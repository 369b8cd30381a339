package com.mallboard.app;

import static com.mallboard.app.RunningApp.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.ProductDetails;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** About Mallboard opens from the navigation bar and tells support what they need, without personal data. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    @TempDir
    Path dataFolder;

    private RunningApp app;

    @Start
    void start(javafx.stage.Stage stage) {
        app = RunningApp.open(stage, dataFolder);
    }

    private String shown(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsTheInstallationAndCopiesDiagnosticsToTheClipboard(FxRobot robot) throws Exception {
        waitUntil(() -> !app.mainScene.current().board().model().loadingProperty().get());
        app.context.products().create(ProductDetails.of("TON-2", "이니스프리 토너"), Set.of());

        robot.clickOn("#aboutButton");

        waitUntil(() -> robot.lookup("#aboutView").tryQuery().isPresent()
                && !shown(robot, "#aboutProducts").equals("…"));
        assertThat(shown(robot, "#aboutVersion")).isEqualTo(AppVersion.current());
        assertThat(shown(robot, "#aboutJava")).startsWith(System.getProperty("java.version"));
        assertThat(shown(robot, "#aboutOs")).startsWith(System.getProperty("os.name"));
        assertThat(shown(robot, "#aboutDataFolder")).isEqualTo(dataFolder.toString());
        assertThat(shown(robot, "#aboutLogFolder")).isEqualTo(dataFolder.resolve("logs").toString());
        assertThat(shown(robot, "#aboutMalls")).isEqualTo("0");
        assertThat(shown(robot, "#aboutProducts")).isEqualTo("1");
        assertThat(shown(robot, "#aboutDatabaseSize")).matches("[\\d.]+ (B|KB|MB)");

        robot.clickOn("#copyDiagnosticsButton");

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("Mallboard " + AppVersion.current(), "Data folder: " + dataFolder, "Products: 1",
                "Malls: 0", "Log folder: " + dataFolder.resolve("logs"), "Schema version: ")
                .doesNotContain("토너", "minji");
        assertThat(shown(robot, "#aboutFeedback")).contains("진단 정보를 복사했습니다");
        robot.clickOn("#closeAboutButton");
        waitUntil(() -> robot.lookup("#aboutView").tryQuery().isEmpty());
    }

    @Test
    void aDesktopThatCannotOpenFoldersIsToldWhereTheLogsAre(FxRobot robot) {
        robot.clickOn("#aboutButton");
        waitUntil(() -> !robot.lookup("#openLogFolderButton").query().isDisabled());

        robot.clickOn("#openLogFolderButton");

        // The tests run headless, where java.awt.Desktop cannot open anything.
        waitUntil(() -> !shown(robot, "#aboutFeedback").isEmpty());
        assertThat(shown(robot, "#aboutFeedback")).contains(dataFolder.resolve("logs").toString());
        assertThat(Files.isDirectory(dataFolder.resolve("logs"))).isTrue();
    }
}
