package com.mallboard.board.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.Dialogs;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The "?" overlay listing every keyboard shortcut of the board. */
final class ShortcutOverlay {
    private static final String[][] SHORTCUTS = {
        {"N", "shortcut.new"},
        {"/", "shortcut.search"},
        {"?", "shortcut.help"},
        {"Enter", "shortcut.open"},
        {"Delete", "shortcut.trash"},
        {"Alt + ← / →", "shortcut.move"},
        {"Ctrl + Z", "shortcut.undo"},
        {"Ctrl / Shift + Click", "shortcut.multiselect"},
    };

    private final Messages messages;

    ShortcutOverlay(Messages messages) {
        this.messages = messages;
    }

    void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcutOverlay");
        grid.setHgap(24);
        grid.setVgap(8);
        for (int row = 0; row < SHORTCUTS.length; row++) {
            Label key = new Label(SHORTCUTS[row][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(row, key, new Label(messages.get(SHORTCUTS[row][1])));
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("board.shortcuts"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(Dialogs.close(messages));
        dialog.show();
    }
}
