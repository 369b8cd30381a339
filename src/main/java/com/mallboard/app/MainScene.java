package com.mallboard.app;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.DataReopener;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.settings.UserPreferences;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Stage;

/** Puts the main window into the stage, and builds it again in the other language when the user switches. */
final class MainScene {
    private final Stage stage;
    private final AppContext context;
    private final FxTaskExecutor executor;
    private final Consumer<URI> browser;
    private final DataReopener reopener;
    private final UserPreferences preferences;
    private final Optional<String> dataFolderOverride;
    private MainWindow current;

    /**
     * @param browser opens a web page in the system browser (a mall's sign-in page)
     * @param reopener closes and opens the data folder again (restore, another folder)
     * @param preferences this user's theme and remembered data folder
     * @param dataFolderOverride what sets the data folder instead of the remembered one ({@link DataFolder#overriddenBy})
     */
    MainScene(Stage stage, AppContext context, FxTaskExecutor executor, Consumer<URI> browser, DataReopener reopener,
            UserPreferences preferences, Optional<String> dataFolderOverride) {
        this.preferences = preferences;
        this.dataFolderOverride = dataFolderOverride;
        this.stage = stage;
        this.context = context;
        this.executor = executor;
        this.browser = browser;
        this.reopener = reopener;
    }

    void show(Locale locale) {
        // Date pickers and other built-in controls created from now on follow the chosen language.
        Locale.setDefault(locale);
        if (current != null) {
            current.stop();
        }
        current = new MainWindow(context, executor, new Messages(locale), this::switchLanguage, browser, reopener,
                preferences, dataFolderOverride);
        stage.getScene().setRoot(current);
        stage.setTitle(current.title());
        current.start();
    }

    private void switchLanguage(Locale locale) {
        executor.execute(BackgroundTask.of("task.save.settings", () -> {
            LanguageSetting.save(context.settings(), locale);
            return locale;
        }, this::show, error -> show(locale)));
    }

    MainWindow current() {
        return current;
    }
}
