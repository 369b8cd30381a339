package com.mallboard.app;

import com.mallboard.app.logging.AppLogging;
import com.mallboard.backup.BackupScheduler;
import com.mallboard.backup.ui.RecoveryView;
import com.mallboard.common.BackgroundTask;
import com.mallboard.common.DataReopener;
import com.mallboard.common.ExplainedException;
import com.mallboard.common.Messages;
import com.mallboard.common.Theme;
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
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The JavaFX application: opens the data folder in the background, then shows the main window. */
public class MallboardApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(MallboardApp.class);
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

    @Override
    public void init() {
        options = StartupOptions.parse(getParameters().getRaw());
        // Read here, on the launcher thread, so the first window already has the user's theme.
        preferences = UserPreferences.forUser(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
        theme = preferences.theme();
        rememberedFolder = preferences.dataFolder();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        AppTheme.install(theme);
        stage.getIcons().add(new Image(MallboardApp.class.getResource("/icons/mallboard.png").toExternalForm()));
        Path dataFolder = DataFolder.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"), rememberedFolder);
        Messages startupMessages = new Messages(options.language().map(Locale::forLanguageTag).orElse(Locale.getDefault()));
        showOpening(startupMessages, dataFolder);
        executor.execute(BackgroundTask.of("task.open.database", () -> opened(EarlyOpen.take(dataFolder), null),
                opened -> showMain(opened.context(), opened.locale()), error -> failStartup(startupMessages, dataFolder, error)));
    }

    private Opened open(Path dataFolder, Exception earlierFailure) {
        return opened(AppContext.openAndHold(dataFolder), earlierFailure);
    }

    private Opened opened(AppContext opened, Exception earlierFailure) {
        return new Opened(opened, LanguageSetting.resolve(opened.settings(), options.language(), Locale.getDefault()),
                earlierFailure);
    }

    /** @param whileClosedFailure what went wrong with the work done while the folder was closed, or null */
    private record Opened(AppContext context, Locale locale, Exception whileClosedFailure) {
    }

    /** {@link DataReopener}: the main window goes, the folder is closed, worked on, opened, and the window rebuilt. */
    private void reopen(Path dataFolder, DataReopener.WhileClosed whileClosed) {
        if (mainScene != null) {
            mainScene.current().stop();
        }
        closeData();
        AppLogging.start(dataFolder, true); // the log file follows the data folder
        Messages messages = new Messages(Locale.getDefault());
        showOpening(messages, dataFolder);
        executor.execute(BackgroundTask.of("task.open.database", () -> {
            try {
                whileClosed.run(dataFolder);
                return open(dataFolder, null);
            } catch (Exception e) {
                LOG.warn("work on the closed data folder failed; it is opened as it is", e);
                return open(dataFolder, e);
            }
        }, opened -> {
            showMain(opened.context(), opened.locale());
            if (opened.whileClosedFailure() != null) {
                showReopenFailure(new Messages(opened.locale()), opened.whileClosedFailure());
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
        // The chores and the demo mall wait for the board's first load: on two cores they would slow it down.
        StartupTiming.afterFirstLoad(scene.current().board().model(), () -> {
            tidyUp(opened);
            if (!onTeamServer) {
                // The demo mall lives in this process; on a shared server the other desktops could not reach it.
                startDemoMall(opened, scene);
            }
        });
    }

    /**
     * Start-up chores that need not hold up the board (they start once it has loaded) and must not stop the app when
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
