package com.mallboard.common.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Secondary windows (editor, trash): modal to their owner, themed like the main window. */
public final class Windows {
    private Windows() {
    }

    /** An empty modal window; its content usually needs the window first (to close it). */
    public static Stage modal(Window owner) {
        Stage window = new Stage();
        if (owner != null) {
            window.initOwner(owner);
            window.initModality(Modality.WINDOW_MODAL);
        } else {
            window.initModality(Modality.APPLICATION_MODAL);
        }
        return window;
    }

    public static void setContent(Stage window, Parent content, double width, double height) {
        Scene scene = new Scene(content, width, height);
        AppTheme.style(scene);
        window.setScene(scene);
    }
}
