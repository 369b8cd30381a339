package com.mallboard.board.ui;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard control of the board: N new, / search, ? shortcuts, Enter open, Delete trash, Alt+←/→ move,
 * Ctrl+Z undo. Single-letter keys are ignored while the user types in a text field.
 */
final class BoardShortcuts {
    private final BoardView view;
    /** One handler instance: removing a fresh {@code this::onKey} would remove nothing and leak the old board. */
    private final EventHandler<KeyEvent> handler = this::onKey;

    BoardShortcuts(BoardView view) {
        this.view = view;
    }

    /** Follows the view from scene to scene, so a replaced board (language switch) stops reacting to keys. */
    void install() {
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, handler);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, handler);
            }
        });
    }

    private void onKey(KeyEvent event) {
        Scene scene = view.getScene();
        boolean typing = scene != null && scene.getFocusOwner() instanceof TextInputControl;
        if (event.isShortcutDown() && event.getCode() == KeyCode.Z && !typing) {
            view.commands().undo();
            event.consume();
        } else if (event.isAltDown() && (event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.LEFT)) {
            view.moveSelected(event.getCode() == KeyCode.RIGHT ? 1 : -1);
            event.consume();
        } else if (!typing && !event.isShortcutDown() && !event.isAltDown()) {
            plainKey(event);
        }
    }

    private void plainKey(KeyEvent event) {
        String text = event.getText();
        if (event.getCode() == KeyCode.N) {
            view.newProduct();
        } else if (event.getCode() == KeyCode.SLASH && !event.isShiftDown()) {
            view.focusSearch();
        } else if ("?".equals(text) || event.getCode() == KeyCode.SLASH && event.isShiftDown()) {
            view.showShortcuts();
        } else if (event.getCode() == KeyCode.ENTER) {
            view.openSelected();
        } else if (event.getCode() == KeyCode.DELETE) {
            view.commands().trash(view.selectedCards());
        } else {
            return;
        }
        event.consume();
    }
}
