package com.mallboard.product.ui;

import com.mallboard.common.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** Asks before closing an editor with unsaved edits; keeping them is the default, so Enter never loses work. */
public final class UnsavedChanges {
    private UnsavedChanges() {
    }

    static boolean discardConfirmed(Window owner, Messages messages) {
        return discardConfirmed(owner, messages, "editor.unsaved.question");
    }

    /** The same question about another kind of edit (a suggestion rule), explained by {@code questionKey}. */
    public static boolean discardConfirmed(Window owner, Messages messages, String questionKey) {
        ButtonType keep = new ButtonType(messages.get("editor.unsaved.keep"), ButtonData.CANCEL_CLOSE);
        ButtonType discard = new ButtonType(messages.get("editor.unsaved.discard"), ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get(questionKey), keep, discard);
        alert.initOwner(owner);
        alert.setTitle(messages.get("editor.unsaved.title"));
        alert.setHeaderText(messages.get("editor.unsaved.title"));
        DialogPane pane = alert.getDialogPane();
        pane.setId("unsavedChangesDialog");
        pane.lookupButton(keep).setId("keepEditingButton");
        pane.lookupButton(discard).setId("discardChangesButton");
        ((javafx.scene.control.Button) pane.lookupButton(keep)).setDefaultButton(true);
        ((javafx.scene.control.Button) pane.lookupButton(discard)).setDefaultButton(false);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
