package com.mallboard.app;

import static com.mallboard.app.RunningApp.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Theme;
import com.mallboard.common.ui.AppTheme;
import com.mallboard.testing.FxTestSupport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main screens in the light and the dark theme, drawn into {@code target/screenshots/} for a person to look at
 * (docs/images/settings-light.png and settings-dark.png come from here), and checked for a background that follows
 * the theme: a screen the app's stylesheet painted in a fixed light colour would stay light in the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeScreenshotTest {
    private static final Map<String, String> SCREENS = Map.of("board", "#boardTab", "orders", "#ordersTab",
            "packing", "#packingTab", "malls", "#mallsTab", "sheets", "#sheetsTab", "rules", "#rulesTab");

    @TempDir
    Path dataFolder;

    private RunningApp app;
    private javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        app = RunningApp.open(stage, dataFolder);
    }

    @AfterEach
    void lightAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> AppTheme.apply(Theme.LIGHT)).get();
    }

    @Test
    void everyMainScreenFollowsTheThemeInBothLightAndDark(FxRobot robot) throws IOException {
        waitUntil(() -> !app.mainScene.current().board().model().loadingProperty().get());
        app.context.demo().install();
        robot.interact(() -> app.mainScene.current().board().load());
        waitUntil(() -> !app.mainScene.current().board().model().loadingProperty().get());
        app.context.warehouseLocations().save(java.util.List.of("A-01-01", "A-01-02", "A-02-01", "B-01-01", "B-01-02",
                "C-03-05"));
        robot.clickOn("#demoBannerDismiss");
        for (Theme theme : Theme.values()) {
            robot.interact(() -> AppTheme.apply(theme));
            for (Map.Entry<String, String> screen : SCREENS.entrySet()) {
                robot.clickOn(screen.getValue());
                WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                String name = screen.getKey() + "-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png";
                BufferedImage picture = FxTestSupport.screenshot(robot, stage.getScene(), name);
                assertFollows(theme, picture, name);
            }
            robot.clickOn("#settingsTab").clickOn("#warehouseSectionTab");
            waitUntil(() -> robot.lookup("#locationList").queryAs(javafx.scene.control.ListView.class).getItems().size() == 6);
            robot.clickOn("A-02-01");
            String name = "settings-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png";
            assertFollows(theme, FxTestSupport.screenshot(robot, stage.getScene(), name), name);
        }
    }

    private static void assertFollows(Theme theme, BufferedImage picture, String name) {
        double brightness = brightness(picture);
        if (theme == Theme.DARK) {
            assertThat(brightness).as(name).isLessThan(0.35);
        } else {
            assertThat(brightness).as(name).isGreaterThan(0.65);
        }
    }

    /** The mean brightness (0 black, 1 white) of the picture's pixels, sampled on a grid. */
    private static double brightness(BufferedImage picture) {
        double sum = 0;
        int count = 0;
        for (int y = 0; y < picture.getHeight(); y += 7) {
            for (int x = 0; x < picture.getWidth(); x += 7) {
                int rgb = picture.getRGB(x, y);
                sum += (0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff)) / 255.0;
                count++;
            }
        }
        return sum / count;
    }
}
