package com.mallboard.app;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.AppTheme;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.store.StoreException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The JavaFX application: opens the data folder in the background, then shows the main window. */
public class MallboardApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(MallboardApp.class);
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private StartupOptions options;
    private Stage stage;
    private AppContext context;
    private DemoMallRuntime demoMall;

    @Override
    public void init() {
        options = StartupOptions.parse(getParameters().getRaw());
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        AppTheme.install();
        stage.getIcons().add(new Image(MallboardApp.class.getResource("/icons/mallboard.png").toExternalForm()));
        Path dataFolder = DataFolder.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
        Messages startupMessages = new Messages(options.language().map(Locale::forLanguageTag).orElse(Locale.getDefault()));
        showOpening(startupMessages, dataFolder);
        executor.execute(BackgroundTask.of("task.open.database", () -> {
            AppContext context = new AppContext(dataFolder, Clock.systemDefaultZone(), System.getProperty("user.name"));
            return new Opened(context, LanguageSetting.resolve(context.settings(), options.language(), Locale.getDefault()));
        }, opened -> showMain(opened.context(), opened.locale()), error -> failStartup(startupMessages, dataFolder, error)));
    }

    private record Opened(AppContext context, Locale locale) {
    }

    private void showOpening(Messages messages, Path dataFolder) {
        ProgressIndicator progress = new ProgressIndicator();
        VBox box = new VBox(16, progress, new Label(messages.get("app.opening", dataFolder)));
        box.setStyle("-fx-alignment: center; -fx-padding: 40;");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(box, Math.min(1600, screen.getWidth() * 0.95), Math.min(1000, screen.getHeight() * 0.95));
        AppTheme.style(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.show();
    }

    private void showMain(AppContext opened, Locale locale) {
        this.context = opened;
        MainScene scene = new MainScene(stage, opened, executor, uri -> getHostServices().showDocument(uri.toString()));
        scene.show(locale);
        tidyUp(opened);
        startDemoMall(opened, scene);
    }

    /**
     * Start-up chores that need not hold up the board and must not stop the app when they fail: deleting receivers'
     * data past its retention, and seeding the default suggestion rules on a first run. The purge runs again after each
     * sync, both at the next start.
     */
    private void tidyUp(AppContext opened) {
        executor.execute(BackgroundTask.of("task.open.database", () -> {
            opened.suggestionRules().seedDefaults();
            return opened.retention().purgeExpired();
        }, purged -> { }, error -> LOG.warn("start-up chores failed; they are tried again later", error)));
    }

    /** The demo mall starts after the board is up; a failure only costs the demo, so it is logged, not shown. */
    private void startDemoMall(AppContext opened, MainScene scene) {
        Path folder = opened.database().file().getParent();
        executor.execute(BackgroundTask.of("task.demo.mall", () -> {
            demoMall = DemoMallRuntime.start(folder);
            return demoMall.prepare(opened);
        }, mall -> mall.ifPresent(ready -> scene.current().syncInBackground()),
                error -> LOG.warn("The demo mall could not start: {}", error.toString())));
    }

    private void failStartup(Messages messages, Path dataFolder, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("app.open.failed", dataFolder));
        alert.setContentText(error instanceof StoreException ? error.getMessage()
                : messages.get("app.open.failed.detail", String.valueOf(error.getMessage())));
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        executor.shutdown();
        if (demoMall != null) {
            demoMall.close();
        }
        if (context != null) {
            context.close();
        }
    }

}
