package com.mallboard.sync.ui;

import com.mallboard.common.ui.AppTheme;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** What the sync screens' TestFX tests share: the theme, installed once, and waiting for background work. */
final class SyncFxSupport {
    private static boolean themeInstalled;

    private SyncFxSupport() {
    }

    /** Call from the FX thread ({@code @Start}). */
    static synchronized void installThemeOnce() {
        if (!themeInstalled) {
            AppTheme.install();
            themeInstalled = true;
        }
    }

    /** Waits (up to ten seconds) until background work has made {@code condition} true, then for the FX queue. */
    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for background work", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
