package com.mallboard.common.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import javafx.scene.text.Font;

/**
 * Loads the bundled NanumGothic (SIL OFL) so Hangul renders on machines without any Korean font; the theme's CSS
 * names it as the first font family. Also loads ikonli's icon fonts, which its first icon would otherwise load on the
 * JavaFX thread.
 */
public final class AppFonts {
    public static final String FAMILY = "NanumGothic";
    private static final String[] FILES = {"/fonts/NanumGothic.ttf", "/fonts/NanumGothicBold.ttf"};

    private AppFonts() {
    }

    /**
     * Starts {@link #load} on a thread of its own (about a tenth of a second of a cold start: each font is copied to a
     * temporary file and parsed), so the first window is built meanwhile; call once the toolkit runs.
     */
    public static CompletableFuture<Void> loadInBackground() {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                // First: the window being built meanwhile needs its icons before the theme's fonts.
                Glyph.loadIconFonts();
                load();
                loaded.complete(null);
            } catch (RuntimeException e) {
                loaded.completeExceptionally(e);
            }
        }, "mallboard-fonts");
        thread.setDaemon(true);
        thread.start();
        return loaded;
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
