package com.mallboard.testing;

import com.mallboard.common.ui.AppTheme;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/** What the screens' TestFX tests share: the theme and font installed once, a themed scene, waiting for work. */
public final class FxTestSupport {
    private static boolean themeInstalled;

    private FxTestSupport() {
    }

    /** Call from the FX thread ({@code @Start}). */
    public static synchronized void installThemeOnce() {
        if (!themeInstalled) {
            AppTheme.install();
            themeInstalled = true;
        }
    }

    /** A scene of {@code root} with the app's stylesheet. */
    public static Scene scene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        AppTheme.style(scene);
        return scene;
    }

    /** Waits (up to ten seconds) until background work has made {@code condition} true, then for the FX queue. */
    public static void waitUntil(BooleanSupplier condition) {
        waitUntil(Duration.ofSeconds(10), condition);
    }

    /** Waits (up to {@code timeout}) until background work has made {@code condition} true, then for the FX queue. */
    public static void waitUntil(Duration timeout, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for background work", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
