package com.mallboard.common.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.mallboard.common.Theme;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The look of the app: AtlantaFX Primer Light or Primer Dark as the base (a maintained modern theme pair, see
 * docs/decisions), our stylesheet on top (it only uses the theme's looked-up colours, so it follows the switch), and
 * the bundled Korean font.
 */
public final class AppTheme {
    public static final String STYLESHEET = "/css/mallboard.css";

    private AppTheme() {
    }

    /** Once per process, before the first window, in light. */
    public static void install() {
        install(Theme.LIGHT);
    }

    /** Once per process, before the first window. */
    public static void install(Theme theme) {
        AppFonts.load();
        apply(theme);
    }

    /** As {@link #install(Theme)}, with the fonts loading since {@link AppFonts#loadInBackground}: waits for them. */
    public static void install(Theme theme, CompletableFuture<Void> fonts) {
        try {
            fonts.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        apply(theme);
    }

    /** Switches every open window at once; call on the FX thread. */
    public static void apply(Theme theme) {
        Application.setUserAgentStylesheet(userAgentStylesheet(theme));
    }

    public static String userAgentStylesheet(Theme theme) {
        return theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
    }

    /** The theme now in use (light when none of ours is installed). */
    public static Theme current() {
        return userAgentStylesheet(Theme.DARK).equals(Application.getUserAgentStylesheet()) ? Theme.DARK : Theme.LIGHT;
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(AppTheme.class.getResource(STYLESHEET).toExternalForm());
    }
}
