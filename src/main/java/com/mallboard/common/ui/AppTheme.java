package com.mallboard.common.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The look of the app: AtlantaFX Primer Light as the base (a maintained modern theme, see docs/decisions), our
 * stylesheet on top, and the bundled Korean font.
 */
public final class AppTheme {
    public static final String STYLESHEET = "/css/mallboard.css";

    private AppTheme() {
    }

    /** Once per process, before the first window. */
    public static void install() {
        AppFonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(AppTheme.class.getResource(STYLESHEET).toExternalForm());
    }
}
