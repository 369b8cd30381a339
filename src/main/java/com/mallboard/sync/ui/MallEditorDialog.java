package com.mallboard.sync.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.Windows;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallService;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the mall editor in its own modal window. Call from the JavaFX thread. */
public final class MallEditorDialog {
    private static final double WIDTH = 560;
    private static final double HEIGHT = 600;

    private final MallService malls;
    private final TaskExecutor executor;
    private final Messages messages;

    public MallEditorDialog(MallService malls, TaskExecutor executor, Messages messages) {
        this.malls = malls;
        this.executor = executor;
        this.messages = messages;
    }

    /** Shows the editor for {@code mallOrNull} (null: a new mall); {@code onSaved} gets the stored mall. */
    public void open(Window owner, Mall mallOrNull, Consumer<Mall> onSaved) {
        Stage window = Windows.modal(owner);
        MallEditorView view = createView(mallOrNull, onSaved, window::close);
        Windows.setContent(window, view, WIDTH, HEIGHT);
        window.setTitle(view.title());
        window.setOnShown(event -> view.focusFirstField());
        window.show();
    }

    /** The editor without a window of its own, for embedding. */
    public MallEditorView createView(Mall mallOrNull, Consumer<Mall> onSaved, Runnable onClose) {
        return new MallEditorView(new MallEditorViewModel(malls, executor, messages, mallOrNull), messages, onSaved,
                onClose);
    }
}
