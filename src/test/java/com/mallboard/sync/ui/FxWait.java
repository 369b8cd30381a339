package com.mallboard.sync.ui;

import com.mallboard.common.ui.AppTheme;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/** What the sync screens' TestFX tests share: the theme once, a themed scene, and waiting for background work. */
final class FxWait {
    private static boolean themeInstalled;

    private FxWait() {
    }

    /** Call from the FX thread ({@code @Start}). */
    static synchronized void installThemeOnce() {
        if (!themeInstalled) {
            AppTheme.install();
            themeInstalled = true;
        }
    }

    static Scene scene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        AppTheme.style(scene);
        return scene;
    }

    /** Waits (up to five seconds) until background work has made {@code condition} true, then for the FX queue. */
    static void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for background work", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
