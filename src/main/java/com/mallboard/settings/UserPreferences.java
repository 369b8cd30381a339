package com.mallboard.settings;

import com.mallboard.common.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What belongs to the person at this computer rather than to a data folder: which data folder to open, and light or
 * dark. Kept in a small properties file in the OS's per-user configuration folder, outside any data folder, so it is
 * read before a database is opened (the theme before the first window) and survives moving the data elsewhere.
 */
public final class UserPreferences {
    public static final String FILE_NAME = "preferences.properties";
    private static final Logger LOG = LoggerFactory.getLogger(UserPreferences.class);
    private static final String DATA_FOLDER = "data.folder";
    private static final String THEME = "theme";

    private final Path file;

    /** The preferences file in {@code folder}; nothing is read or written yet. */
    public UserPreferences(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    /** This user's preferences, where {@link #configFolder} says. */
    public static UserPreferences forUser(Map<String, String> env, String osName, String home) {
        return new UserPreferences(configFolder(env, osName, home));
    }

    /**
     * {@code $XDG_CONFIG_HOME/mallboard} (else {@code ~/.config/mallboard}) on Linux, {@code %LOCALAPPDATA%\Mallboard}
     * on Windows (local, not roaming: the remembered folder is a path on this machine), and
     * {@code ~/Library/Preferences/Mallboard} on macOS.
     */
    public static Path configFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            boolean set = local != null && !local.isBlank();
            return (set ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("Mallboard");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Preferences", "Mallboard");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        boolean usable = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute();
        return (usable ? Path.of(xdg) : Path.of(home, ".config")).resolve("mallboard");
    }

    public Path file() {
        return file;
    }

    /** The data folder the user last moved to or opened in the settings, if any. */
    public synchronized Optional<Path> dataFolder() {
        return Optional.ofNullable(read().getProperty(DATA_FOLDER)).filter(v -> !v.isBlank()).map(Path::of);
    }

    public synchronized void rememberDataFolder(Path folder) {
        Properties values = read();
        values.setProperty(DATA_FOLDER, folder.toAbsolutePath().normalize().toString());
        write(values);
    }

    public synchronized Theme theme() {
        return Theme.parse(read().getProperty(THEME));
    }

    public synchronized void setTheme(Theme theme) {
        Properties values = read();
        values.setProperty(THEME, theme.name());
        write(values);
    }

    /** An unreadable file counts as empty: a broken preference must not keep the app from starting. */
    private Properties read() {
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            values.load(in);
        } catch (NoSuchFileException e) {
            return values;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("The preferences file {} cannot be read; the defaults are used", file, e);
        }
        return values;
    }

    /** Written beside and moved over the old file, so a crash never leaves half a file. */
    private void write(Properties values) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                values.store(out, "Mallboard user preferences");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
