package com.mallboard.app;

import com.mallboard.app.logging.AppLogging;
import com.mallboard.store.SqliteNativeLibrary;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/** Plain entry point so JavaFX can start from the class path without a module descriptor. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppLogging.quietLibraries();
        // Before the first connection, which EarlyOpen or the command makes.
        SqliteNativeLibrary.useCached(SqliteNativeLibrary.userCacheFolder(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home")));
        if (CommandLine.isCommand(args)) {
            if (CommandLine.opensDataFolder(args)) {
                AppLogging.start(dataFolder(args), false);
                LoggerFactory.getLogger(Launcher.class).info("{}: command {}", AppVersion.line(), args[0]);
            }
            System.exit(new CommandLine(System.out, System.err).run(args));
        }
        Path dataFolder = dataFolder(args);
        AppLogging.start(dataFolder, true);
        LoggerFactory.getLogger(Launcher.class).info("{}: desktop app", AppVersion.line());
        AppLogging.logUncaughtExceptions();
        EarlyOpen.start(dataFolder, StartupOptions.parse(Arrays.asList(args)).language());
        Application.launch(MallboardApp.class, args);
    }

    /** The folder the app or command will open, so its log file is there from the first line. */
    private static Path dataFolder(String[] args) {
        return DataFolder.forThisUser(StartupOptions.parse(Arrays.asList(args)).dataDir());
    }
}
