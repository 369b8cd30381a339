package com.mallboard.sync.ui;

import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.sync.SyncFixture;
import com.mallboard.testing.FxTestSupport;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the sync screens' TestFX tests share: a temp folder, a background executor, the window TestFX gives, and
 * closing it all after each test. TestFX reads only a test class's own {@code @Start}, so each test declares one
 * that calls {@link #openWindow}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SyncScreenTest {
    @TempDir
    Path folder;

    final FxTaskExecutor executor = new FxTaskExecutor();
    Stage window;

    /** Call from the test's {@code @Start}. */
    void openWindow(Stage stage) {
        FxTestSupport.installThemeOnce();
        window = stage;
    }

    /** On the FX thread: {@code root} fills the test's window. */
    void show(Parent root, double width, double height) {
        window.setScene(FxTestSupport.scene(root, width, height));
        window.show();
    }

    /** Shows {@code view}, then has it load, as the app does when the user opens a screen. */
    void showAndLoad(FxRobot robot, Parent view, Runnable load, double width, double height) {
        robot.interact(() -> {
            show(view, width, height);
            load.run();
        });
    }

    /** The sync screens over {@code fixture}, as the app wires them (no authorization). */
    SyncScreens screens(SyncFixture fixture) {
        return new SyncScreens(fixture.malls, fixture.sync, null, executor, Platform::runLater, fixture.messages,
                fixture.formats);
    }

    /** On the FX thread: {@code screen} under the sync panel, as the main window lays them out. */
    void showUnderSyncPanel(SyncScreens screens, Region screen, double width, double height) {
        VBox.setVgrow(screen, Priority.ALWAYS);
        show(new VBox(screens.syncPanel(), screen), width, height);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdown();
    }
}
