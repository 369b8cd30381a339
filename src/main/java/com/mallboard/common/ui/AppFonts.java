package com.mallboard.common.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the bundled NanumGothic (SIL OFL) so Hangul renders on machines without any Korean font; the theme's CSS
 * names it as the first font family.
 */
public final class AppFonts {
    public static final String FAMILY = "NanumGothic";
    private static final String[] FILES = {"/fonts/NanumGothic.ttf", "/fonts/NanumGothicBold.ttf"};

    private AppFonts() {
    }

    public static void load() {
        for (String file : FILES) {
            try (InputStream in = AppFonts.class.getResourceAsStream(file)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    throw new IllegalStateException("Bundled font missing or unreadable: " + file);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read bundled font " + file, e);
            }
        }
    }
}
