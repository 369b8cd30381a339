package com.mallboard.app;

import com.mallboard.common.ui.AppTheme;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The main window as Mallboard opens it, in Korean, over a fresh data folder with a test clock and user. */
final class RunningApp {
    final AppContext context;
    final MainScene mainScene;

    private RunningApp(AppContext context, MainScene mainScene) {
        this.context = context;
        this.mainScene = mainScene;
    }

    /** Call from the FX thread ({@code @Start}). */
    static RunningApp open(Stage stage, Path dataFolder) {
        AppTheme.install();
        AppContext context = new AppContext(dataFolder, new TestClock(), TestStore.USER);
        stage.setScene(new Scene(new Label(), 1400, 900));
        AppTheme.style(stage.getScene());
        stage.show();
        MainScene mainScene = new MainScene(stage, context, new FxTaskExecutor(), uri -> { });
        mainScene.show(Locale.KOREAN);
        return new RunningApp(context, mainScene);
    }

    /** Waits (up to twenty seconds: the whole app loads) until {@code condition} holds, then for the FX queue. */
    static void waitUntil(BooleanSupplier condition) {
        FxTestSupport.waitUntil(Duration.ofSeconds(20), condition);
    }
}
