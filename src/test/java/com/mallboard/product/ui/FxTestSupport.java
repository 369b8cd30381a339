package com.mallboard.product.ui;

import com.mallboard.common.ui.AppTheme;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** What the editor's TestFX tests share: the theme and font, installed once, and waiting for background work. */
final class FxTestSupport {
    private static boolean themeInstalled;

    private FxTestSupport() {
    }

    /** Call from the FX thread ({@code @Start}). */
    static synchronized void installThemeOnce() {
        if (!themeInstalled) {
            AppTheme.install();
            themeInstalled = true;
        }
    }

    /** Waits (up to five seconds) until background work has made {@code condition} true, then for the FX queue. */
    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for background work", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
