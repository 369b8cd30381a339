package com.mallboard.app;

import com.mallboard.app.logging.AppLogging;
import com.mallboard.backup.BackupScheduler;
import com.mallboard.backup.ui.RecoveryView;
import com.mallboard.common.BackgroundTask;
import com.mallboard.common.DataReopener;
import com.mallboard.common.ExplainedException;
import com.mallboard.common.Messages;
import com.mallboard.common.Theme;
import com.mallboard.common.ui.AppFonts;
import com.mallboard.common.ui.AppTheme;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.settings.UserPreferences;
import com.mallboard.store.ServerCopy;
import com.mallboard.sync.credentials.CredentialStores;
import com.mallboard.team.SignInNeededException;
import com.mallboard.team.TeamPasswords;
import com.mallboard.team.ui.SignInView;
import com.mallboard.team.ui.SignInViewModel;
import com.mallboard.store.DamagedDatabaseException;
import com.mallboard.store.DataFolderInUseException;
import com.mallboard.store.StoreException;
import com.mallboard.team.Role;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The JavaFX application: opens the data folder in the background, then shows the main window. */
public class MallboardApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(MallboardApp.class);
    /** How long the first window waits for the data folder before it shows that the folder is being opened. */
    private static final Duration OPENING_GRACE = Duration.millis(400);
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private StartupOptions options;
    private UserPreferences preferences;
    private Theme theme;
    private Optional<Path> rememberedFolder;
    private Stage stage;
    private AppContext context;
    private MainScene mainScene;
    private DemoMallRuntime demoMall;
    private BackupScheduler backupScheduler;
    private CompletableFuture<Void> fonts;
    private CompletableFuture<Image> windowIcon;

    @Override
    public void init() {
        options = StartupOptions.parse(getParameters().getRaw());
        // Read here, on the launcher thread, so the first window already has the user's theme.
        preferences = UserPreferences.forUser(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
        theme = preferences.theme();
        rememberedFolder = preferences.dataFolder();
        fonts = AppFonts.loadInBackground();
        // Decoding the first image takes a cold start ~0.1 s; the window is built meanwhile.
        windowIcon = CompletableFuture.supplyAsync(
                () -> new Image(MallboardApp.class.getResource("/icons/mallboard.png").toExternalForm()));
    }

    /**
     * Shows the main window as the first window when the folder opens within a moment ({@link #OPENING_GRACE}; it
     * usually has by the time the toolkit is up), else a window saying that it is being opened until it is. The
     * window is built before the theme is installed and it is shown: the fonts load meanwhile on a thread of their own.
     */
    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Path dataFolder = DataFolder.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"), rememberedFolder);
        Messages messages = new Messages(options.language().map(Locale::forLanguageTag).orElse(Locale.getDefault()));
        stage.setScene(newScene(new StackPane()));
        stage.setTitle(messages.get("app.title"));
        Optional<EarlyOpen.Opened> opened = EarlyOpen.takeIfOpened(dataFolder);
        if (opened.isPresent()) {
            showMain(opened.get().context(), opened.get().locale());
            showStage();
            return;
        }
        PauseTransition grace = new PauseTransition(OPENING_GRACE);
        grace.setOnFinished(event -> {
            if (!stage.isShowing()) {
                stage.getScene().setRoot(opening(messages, dataFolder));
                showStage();
            }
        });
        grace.play();
        executor.execute(BackgroundTask.of("task.open.database", () -> EarlyOpen.take(dataFolder, options.language()),
                early -> {
                    grace.stop();
                    showMain(early.context(), early.locale());
                    showStage();
                }, error -> {
                    grace.stop();
                    showStage();
                    failStartup(messages, dataFolder, error);
                }));
    }

    private void showStage() {
        if (!stage.isShowing()) {
            AppTheme.install(theme, fonts);
            stage.getIcons().add(windowIcon.join());
            stage.show();
        }
    }

    /** @param whileClosedFailure what went wrong with the work done while the folder was closed, or null */
    private record Reopened(EarlyOpen.Opened opened, Exception whileClosedFailure) {
    }

    /** {@link DataReopener}: the main window goes, the folder is closed, worked on, opened, and the window rebuilt. */
    private void reopen(Path dataFolder, DataReopener.WhileClosed whileClosed) {
        if (mainScene != null) {
            mainScene.current().stop();
        }
        closeData();
        AppLogging.start(dataFolder, true); // the log file follows the data folder
        Messages messages = new Messages(Locale.getDefault());
        stage.getScene().setRoot(opening(messages, dataFolder));
        executor.execute(BackgroundTask.of("task.open.database", () -> {
            try {
                whileClosed.run(dataFolder);
                return new Reopened(EarlyOpen.open(dataFolder, options.language()), null);
            } catch (Exception e) {
                LOG.warn("work on the closed data folder failed; it is opened as it is", e);
                return new Reopened(EarlyOpen.open(dataFolder, options.language()), e);
            }
        }, reopened -> {
            showMain(reopened.opened().context(), reopened.opened().locale());
            if (reopened.whileClosedFailure() != null) {
                showReopenFailure(new Messages(reopened.opened().locale()), reopened.whileClosedFailure());
            }
        }, error -> failStartup(messages, dataFolder, error)));
    }

    private void showReopenFailure(Messages messages, Exception failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("app.reopen.failed"));
        alert.setContentText(failure instanceof ExplainedException explained
                ? messages.get(explained.messageKey(), explained.args()) : String.valueOf(failure.getMessage()));
        alert.show();
    }

    private static Parent opening(Messages messages, Path dataFolder) {
        VBox box = new VBox(16, new ProgressIndicator(), new Label(messages.get("app.opening", dataFolder)));
        box.setStyle("-fx-alignment: center; -fx-padding: 40;");
        return box;
    }

    private static Scene newScene(Parent root) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1600, screen.getWidth() * 0.95), Math.min(1000, screen.getHeight() * 0.95));
        AppTheme.style(scene);
        return scene;
    }

    private void showMain(AppContext opened, Locale locale) {
        this.context = opened;
        boolean onTeamServer = opened.database().server().isPresent();
        if (!onTeamServer) {
            // A team server is backed up by its administrator; the folder's local file is no longer in use.
            backupScheduler = BackupScheduler.start(opened.backups(), opened.backupSettings()::policy,
                    BackupScheduler.FIRST_CHECK, BackupScheduler.CHECK_EVERY);
        }
        MainScene scene = new MainScene(stage, opened, executor, uri -> getHostServices().showDocument(uri.toString()),
                this::reopen, preferences, DataFolder.overriddenBy(options.dataDir(), System.getenv()));
        mainScene = scene;
        scene.show(locale);
        StartupTiming.watch(getParameters().getRaw(), stage.getScene(), scene.current().board().model());
        // The chores and the demo mall wait until the board has been up a moment: on two cores they would slow it down.
        StartupTiming.afterBoardShown(scene.current().board().model(), () -> {
            tidyUp(opened);
            if (!onTeamServer) {
                // The demo mall lives in this process; on a shared server the other desktops could not reach it.
                startDemoMall(opened, scene);
            }
        });
    }

    /**
     * Start-up chores that need not hold up the board (they start once it is shown) and must not stop the app when
     * they fail: deleting receivers' data past its retention, and seeding the default suggestion rules on a first run.
     * The purge runs again after each sync, both at the next start.
     */
    private void tidyUp(AppContext opened) {
        executor.execute(BackgroundTask.of("task.open.database", () -> {
            if (opened.teamRoles().has(Role.MERCHANDISER) || opened.teamRoles().has(Role.MANAGER)) {
                opened.suggestionRules().seedDefaults(); // the rules' writers seed them
            }
            return opened.retention().purgeExpired();
        }, purged -> { }, error -> LOG.warn("start-up chores failed; they are tried again later", error)));
    }

    /** The demo mall starts after the board is shown; a failure only costs the demo, so it is logged, not shown. */
    private void startDemoMall(AppContext opened, MainScene scene) {
        Path folder = opened.database().file().getParent();
        executor.execute(BackgroundTask.of("task.demo.mall", () -> {
            demoMall = DemoMallRuntime.start(folder);
            return demoMall.prepare(opened);
        }, mall -> mall.ifPresent(ready -> scene.current().syncInBackground()),
                error -> LOG.warn("The demo mall could not start: {}", error.toString())));
    }

    private void failStartup(Messages messages, Path dataFolder, Throwable error) {
        if (error instanceof SignInNeededException needed) {
            SignInViewModel signIn = new SignInViewModel(needed.address(),
                    messages.get(needed.messageKey(), needed.args()), new ServerCopy(),
                    new TeamPasswords(CredentialStores.bestAvailable(dataFolder)), work -> reopen(dataFolder, work),
                    executor, messages);
            stage.getScene().setRoot(new StackPane(new SignInView(signIn, messages, Platform::exit)));
            return;
        }
        if (error instanceof DamagedDatabaseException damaged) {
            RecoveryView recovery = new RecoveryView(AppContext.backups(damaged.file(), Clock.systemDefaultZone()),
                    damaged.check(), executor, messages, FileDialogs.system(), work -> reopen(dataFolder, work),
                    Platform::exit);
            stage.getScene().setRoot(new StackPane(recovery));
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("app.open.failed", dataFolder));
        if (error instanceof DataFolderInUseException inUse) {
            alert.setContentText(messages.get("app.folder.in.use", inUse.folder()));
        } else {
            alert.setContentText(error instanceof StoreException ? error.getMessage()
                    : messages.get("app.open.failed.detail", String.valueOf(error.getMessage())));
        }
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        executor.shutdown();
        closeData();
    }

    private void closeData() {
        if (backupScheduler != null) {
            backupScheduler.close();
            backupScheduler = null;
        }
        if (demoMall != null) {
            demoMall.close();
            demoMall = null;
        }
        if (context != null) {
            context.close();
            context = null;
        }
    }

}
