package com.mallboard.app;

import com.mallboard.common.DataReopener;
import com.mallboard.common.ui.AppTheme;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import com.mallboard.settings.UserPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The main window as Mallboard opens it, in Korean, over a fresh data folder with a test clock and user. */
final class RunningApp {
    private final Stage stage;
    AppContext context;
    MainScene mainScene;
    /** This test's own preferences file, never the real user's. */
    final UserPreferences preferences;
    private Optional<String> dataFolderOverride = Optional.empty();

    private RunningApp(Stage stage) {
        this.stage = stage;
        try {
            Path folder = Files.createTempDirectory("mallboard-preferences");
            this.preferences = new UserPreferences(folder);
            // Registered folder first: files registered later are deleted first, so the folder is empty by then.
            folder.toFile().deleteOnExit();
            preferences.file().toFile().deleteOnExit();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Call from the FX thread ({@code @Start}). */
    static RunningApp open(Stage stage, Path dataFolder) {
        AppTheme.install();
        stage.setScene(new Scene(new Label(), 1400, 900));
        AppTheme.style(stage.getScene());
        stage.show();
        RunningApp app = new RunningApp(stage);
        app.show(dataFolder);
        return app;
    }

    private void show(Path dataFolder) {
        context = new AppContext(dataFolder, new TestClock(), TestStore.USER);
        showWindow();
    }

    private void showWindow() {
        mainScene = new MainScene(stage, context, new FxTaskExecutor(), uri -> { }, this::reopen, preferences,
                dataFolderOverride);
        mainScene.show(Locale.KOREAN);
    }

    /** The main window again, as a start with {@code --data-dir} or the environment variable builds it. FX thread. */
    void showWithDataFolderOverride(Optional<String> override) {
        dataFolderOverride = override;
        mainScene.current().stop();
        showWindow();
    }

    /** The app's way to close and open a data folder, as the settings get it. */
    DataReopener reopener() {
        return this::reopen;
    }

    /** As the app reopens a folder, but at once on the FX thread, so a test sees the new window when it returns. */
    private void reopen(Path dataFolder, DataReopener.WhileClosed whileClosed) {
        mainScene.current().stop();
        context.close();
        try {
            whileClosed.run(dataFolder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        show(dataFolder);
    }

    /** Waits (up to twenty seconds: the whole app loads) until {@code condition} holds, then for the FX queue. */
    static void waitUntil(BooleanSupplier condition) {
        FxTestSupport.waitUntil(Duration.ofSeconds(20), condition);
    }
}
