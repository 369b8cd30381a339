package com.mallboard.testing;

import com.mallboard.common.ui.AppTheme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
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

    /** Call from {@code @Start}: {@code stage} becomes the small, empty owner window the dialogs under test open over. */
    public static void showEmptyOwner(Stage stage) {
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    /**
     * Call from {@code @AfterEach}: hides every window directly (a close request would ask about the unsaved edits a
     * test left behind), then lets TestFX clean up its stages.
     */
    public static void hideAllWindows() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide)).get();
        FxToolkit.cleanupStages();
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

    /**
     * Draws {@code scene} as it is now into {@code target/screenshots/<fileName>} (PNG), for a person to look at and
     * for the docs' images; returns the picture for checks on it.
     */
    public static BufferedImage screenshot(FxRobot robot, Scene scene, String fileName) throws IOException {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(SwingFXUtils.fromFXImage(scene.snapshot(null), null)));
        if (image.get() == null) {
            throw new IOException("No snapshot of the scene");
        }
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(image.get(), "png", folder.resolve(fileName).toFile());
        return image.get();
    }
}
