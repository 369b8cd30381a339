package com.mallboard.common.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/**
 * An icon of ikonli's icon fonts as a plain {@link Text}, for nodes made by the hundred, such as the board's cards.
 * ikonli's {@code FontIcon} restyles itself inline each time CSS sets its size, which gives it a second CSS pass: the
 * first frame's 30 cards, with about eight icons each, spent ~0.1 s of a cold start on that (docs/performance.md,
 * "Cold start"). A glyph's size is set here, once; its colour comes from CSS ({@code -fx-fill} on {@code .glyph}).
 */
public final class Glyph {
    public static final String STYLE_CLASS = "glyph";
    private static final Map<String, Resolved> RESOLVED = new ConcurrentHashMap<>();

    /** The character and the font family of one icon, found once per icon name. */
    private record Resolved(String character, String fontFamily) {
    }

    private Glyph() {
    }

    /**
     * @param literal an ikonli icon name, such as {@code mdi2f-fire}
     * @param size the glyph's size in pixels
     * @throws UnsupportedOperationException when no installed icon pack has {@code literal}
     */
    public static Text of(String literal, double size) {
        Resolved resolved = RESOLVED.computeIfAbsent(literal, Glyph::resolve);
        Text glyph = new Text(resolved.character());
        glyph.setFont(Font.font(resolved.fontFamily(), size));
        glyph.getStyleClass().add(STYLE_CLASS);
        return glyph;
    }

    /**
     * Loads the icon packs' fonts (about 1 MB, copied to a file and parsed), which the first icon of the process,
     * a glyph or a {@code FontIcon}, otherwise loads on the JavaFX thread; safe on any thread, and once.
     */
    public static void loadIconFonts() {
        IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance());
    }

    private static Resolved resolve(String literal) {
        IkonHandler handler = IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance()).resolve(literal);
        Ikon ikon = handler.resolve(literal);
        return new Resolved(new String(Character.toChars(ikon.getCode())), handler.getFontFamily());
    }
}
