package com.mallboard.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserPreferencesTest {
    private static final String HOME = "/home/minji";

    @TempDir
    Path folder;

    @Test
    void onLinuxThePreferencesLiveInXdgConfigHomeOrDotConfig() {
        assertThat(UserPreferences.configFolder(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", HOME))
                .isEqualTo(Path.of("/cfg/mallboard"));
        assertThat(UserPreferences.configFolder(Map.of("XDG_CONFIG_HOME", "relative"), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".config", "mallboard"));
        assertThat(UserPreferences.configFolder(Map.of(), "Linux", HOME)).isEqualTo(Path.of(HOME, ".config", "mallboard"));
    }

    @Test
    void onWindowsThePreferencesAreLocalToTheMachineAndOnMacInPreferences() {
        assertThat(UserPreferences.configFolder(Map.of("LOCALAPPDATA", "C:\\Users\\minji\\AppData\\Local"), "Windows 11",
                HOME)).isEqualTo(Path.of("C:\\Users\\minji\\AppData\\Local").resolve("Mallboard"));
        assertThat(UserPreferences.configFolder(Map.of(), "Windows 10", HOME))
                .isEqualTo(Path.of(HOME, "AppData", "Local", "Mallboard"));
        assertThat(UserPreferences.configFolder(Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of(HOME, "Library", "Preferences", "Mallboard"));
    }

    @Test
    void aNewUserHasTheLightThemeAndNoRememberedFolder() {
        UserPreferences preferences = new UserPreferences(folder.resolve("config"));

        assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
        assertThat(preferences.dataFolder()).isEmpty();
        assertThat(preferences.file()).doesNotExist();
    }

    @Test
    void theThemeAndTheFolderAreRememberedTogetherAcrossInstances() {
        Path config = folder.resolve("config");
        UserPreferences preferences = new UserPreferences(config);

        preferences.setTheme(Theme.DARK);
        preferences.rememberDataFolder(folder.resolve("shop/../shop-data"));

        UserPreferences again = new UserPreferences(config);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.dataFolder()).contains(folder.resolve("shop-data").toAbsolutePath());
        assertThat(config).isDirectoryContaining(p -> p.getFileName().toString().equals(UserPreferences.FILE_NAME))
                .isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void aHandEditedOrBrokenFileGivesTheDefaultsInsteadOfStoppingTheApp() throws IOException {
        Files.writeString(folder.resolve(UserPreferences.FILE_NAME), "theme=purple\ndata.folder=\\u00zz\n");
        UserPreferences preferences = new UserPreferences(folder);

        assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
        assertThat(preferences.dataFolder()).isEmpty();
    }
}
