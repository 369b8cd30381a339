package com.mallboard.app;

import com.mallboard.settings.UserPreferences;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the user's data lives: {@code --data-dir}, else {@code MALLBOARD_DATA_DIR}, else the folder the user last
 * moved to or opened in the settings ({@link UserPreferences}), else the OS convention (XDG on Linux, %APPDATA% on
 * Windows, Application Support on macOS).
 */
public final class DataFolder {
    public static final String ENV_VARIABLE = "MALLBOARD_DATA_DIR";
    private static final String APP = "Mallboard";

    private DataFolder() {
    }

    /** The folder for this process's user, system and environment, with {@code --data-dir}'s value if given. */
    public static Path forThisUser(Optional<String> commandLine) {
        return resolve(commandLine, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** As {@link #resolve(Optional, Map, String, String, Optional)} with the folder this user's preferences remember. */
    public static Path resolve(Optional<String> commandLine, Map<String, String> env, String osName, String home) {
        return resolve(commandLine, env, osName, home, UserPreferences.forUser(env, osName, home).dataFolder());
    }

    /**
     * What puts the folder chosen in the settings aside for this process: {@code "--data-dir"} or
     * {@value #ENV_VARIABLE}, as {@link #resolve} reads them; empty when the remembered folder is used.
     */
    public static Optional<String> overriddenBy(Optional<String> commandLine, Map<String, String> env) {
        if (commandLine.isPresent() && !commandLine.get().isBlank()) {
            return Optional.of("--data-dir");
        }
        String fromEnv = env.get(ENV_VARIABLE);
        return fromEnv != null && !fromEnv.isBlank() ? Optional.of(ENV_VARIABLE) : Optional.empty();
    }

    public static Path resolve(Optional<String> commandLine, Map<String, String> env, String osName, String home,
            Optional<Path> remembered) {
        if (commandLine.isPresent() && !commandLine.get().isBlank()) {
            return Path.of(commandLine.get()).toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        if (remembered.isPresent()) {
            return remembered.get().toAbsolutePath();
        }
        return osDefault(env, osName.toLowerCase(Locale.ROOT), Path.of(home));
    }

    private static Path osDefault(Map<String, String> env, String os, Path home) {
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            boolean set = appData != null && !appData.isBlank();
            return (set ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve(APP);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        boolean usable = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute();
        Path base = usable ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(APP.toLowerCase(Locale.ROOT));
    }
}
