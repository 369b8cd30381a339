package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    private static final String HOME = "/home/minji";

    private static Path resolve(Optional<String> commandLine, Map<String, String> env, String os) {
        return DataFolder.resolve(commandLine, env, os, HOME, Optional.empty());
    }

    @Test
    void onLinuxTheDataLivesUnderXdgDataHomeWhenItIsSet() {
        assertThat(resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux"))
                .isEqualTo(Path.of("/data/xdg/mallboard"));
    }

    @Test
    void onLinuxWithoutXdgDataHomeTheDataLivesInLocalShare() {
        assertThat(resolve(Optional.empty(), Map.of(), "Linux"))
                .isEqualTo(Path.of(HOME, ".local", "share", "mallboard"));
        assertThat(resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "  "), "Linux"))
                .isEqualTo(Path.of(HOME, ".local", "share", "mallboard"));
    }

    @Test
    void onLinuxARelativeXdgDataHomeIsIgnoredAsTheSpecAsks() {
        assertThat(resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative/share"), "Linux"))
                .isEqualTo(Path.of(HOME, ".local", "share", "mallboard"));
    }

    @Test
    void onWindowsTheDataLivesInAppData() {
        String appData = "C:\\Users\\minji\\AppData\\Roaming";

        assertThat(resolve(Optional.empty(), Map.of("APPDATA", appData), "Windows 11"))
                .isEqualTo(Path.of(appData).resolve("Mallboard"));
    }

    @Test
    void onWindowsWithoutAppDataTheDataLivesInTheUsualRoamingFolder() {
        Path expected = Path.of(HOME, "AppData", "Roaming", "Mallboard");

        assertThat(resolve(Optional.empty(), Map.of(), "Windows 10")).isEqualTo(expected);
        assertThat(resolve(Optional.empty(), Map.of("APPDATA", ""), "Windows 10")).isEqualTo(expected);
    }

    @Test
    void onMacTheDataLivesInApplicationSupport() {
        assertThat(resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data/xdg"), "Mac OS X"))
                .isEqualTo(Path.of(HOME, "Library", "Application Support", "Mallboard"));
    }

    @Test
    void theEnvironmentVariableBeatsTheOsConvention() {
        Map<String, String> env = Map.of(DataFolder.ENV_VARIABLE, "/srv/mallboard", "XDG_DATA_HOME", "/data/xdg");

        assertThat(resolve(Optional.empty(), env, "Linux")).isEqualTo(Path.of("/srv/mallboard"));
        assertThat(resolve(Optional.empty(), env, "Windows 11")).isEqualTo(Path.of("/srv/mallboard"));
    }

    @Test
    void theCommandLineBeatsTheEnvironmentVariable() {
        Map<String, String> env = Map.of(DataFolder.ENV_VARIABLE, "/srv/mallboard");

        assertThat(resolve(Optional.of("/tmp/board-test"), env, "Linux")).isEqualTo(Path.of("/tmp/board-test"));
    }

    @Test
    void aBlankCommandLineOrVariableIsIgnored() {
        Map<String, String> env = Map.of(DataFolder.ENV_VARIABLE, " ");

        assertThat(resolve(Optional.of(""), env, "Linux")).isEqualTo(Path.of(HOME, ".local", "share", "mallboard"));
    }

    @Test
    void aRelativeDataDirIsMadeAbsolute() {
        Path resolved = resolve(Optional.of("board-data"), Map.of(), "Linux");

        assertThat(resolved).isAbsolute().isEqualTo(Path.of("board-data").toAbsolutePath());
    }

    @Test
    void theFolderRememberedInTheSettingsComesAfterTheCommandLineAndTheEnvironmentButBeforeTheOsDefault() {
        Optional<Path> remembered = Optional.of(Path.of("/srv/shop/mallboard"));
        Map<String, String> env = Map.of(DataFolder.ENV_VARIABLE, "/from/env");

        assertThat(DataFolder.resolve(Optional.of("/from/cli"), env, "Linux", HOME, remembered))
                .isEqualTo(Path.of("/from/cli"));
        assertThat(DataFolder.resolve(Optional.empty(), env, "Linux", HOME, remembered)).isEqualTo(Path.of("/from/env"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Linux", HOME, remembered))
                .isEqualTo(Path.of("/srv/shop/mallboard"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Linux", HOME, Optional.empty()))
                .isEqualTo(Path.of(HOME, ".local", "share", "mallboard"));
    }

    @Test
    void withoutARememberedFolderTheUsersPreferencesFileIsAskedAndAnEmptyOneChangesNothing(@TempDir Path config) {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", config.toString(), "XDG_DATA_HOME", "/data/xdg");

        assertThat(DataFolder.resolve(Optional.empty(), env, "Linux", HOME)).isEqualTo(Path.of("/data/xdg/mallboard"));

        new com.mallboard.settings.UserPreferences(config.resolve("mallboard")).rememberDataFolder(Path.of("/srv/moved"));

        assertThat(DataFolder.resolve(Optional.empty(), env, "Linux", HOME)).isEqualTo(Path.of("/srv/moved"));
    }

    @Test
    void whatOverridesTheRememberedFolderIsNamedTheWayResolveChoosesIt() {
        Map<String, String> env = Map.of(DataFolder.ENV_VARIABLE, "/srv/mallboard");

        assertThat(DataFolder.overriddenBy(Optional.of("/tmp/x"), env)).contains("--data-dir");
        assertThat(DataFolder.overriddenBy(Optional.empty(), env)).contains("MALLBOARD_DATA_DIR");
        assertThat(DataFolder.overriddenBy(Optional.of(" "), Map.of(DataFolder.ENV_VARIABLE, ""))).isEmpty();
        assertThat(DataFolder.resolve(Optional.empty(), env, "Linux", HOME, Optional.of(Path.of("/chosen"))))
                .isEqualTo(Path.of("/srv/mallboard"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Linux", HOME, Optional.of(Path.of("/chosen"))))
                .isEqualTo(Path.of("/chosen"));
    }
}
