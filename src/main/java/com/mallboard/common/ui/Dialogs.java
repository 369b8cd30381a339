package com.mallboard.common.ui;

import com.mallboard.common.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Small standard dialogs with buttons in the app's language. JavaFX fixes its built-in button texts to the
 * language the JVM started in, so a user who switched language would otherwise see "Cancel" in a Korean dialog.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** Asks for one line of text; empty when cancelled. The text field gets {@code fieldId} for tests. */
    public static Optional<String> askText(Window owner, Messages messages, String title, String question,
            String initialValue, String fieldId) {
        TextInputDialog dialog = new TextInputDialog(initialValue == null ? "" : initialValue);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.getEditor().setId(fieldId);
        okCancel(dialog.getDialogPane(), messages);
        return dialog.showAndWait();
    }

    public static void okCancel(DialogPane pane, Messages messages) {
        pane.getButtonTypes().setAll(new ButtonType(messages.get("common.ok"), ButtonData.OK_DONE),
                new ButtonType(messages.get("common.cancel"), ButtonData.CANCEL_CLOSE));
    }

    public static ButtonType close(Messages messages) {
        return new ButtonType(messages.get("common.close"), ButtonData.CANCEL_CLOSE);
    }
}
