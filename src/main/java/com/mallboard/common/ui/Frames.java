package com.mallboard.common.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Work timed by the frames JavaFX draws. Call on the JavaFX thread. */
public final class Frames {
    private Frames() {
    }

    /**
     * Runs {@code action} once, right after the layout of the next pulse: that pulse's frame is what was just laid out,
     * and it is drawn next, on the render thread.
     */
    public static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * Runs {@code action} after the pulse that lays out {@code node} as it is now, or at once when {@code node} is not
     * in a window on screen (no frame would come). For work that only adds to what that frame shows.
     */
    public static void afterNextFrame(Node node, Runnable action) {
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            action.run();
            return;
        }
        afterNextLayout(scene, () -> Platform.runLater(action));
    }
}
