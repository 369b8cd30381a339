package com.mallboard.product.ui;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.Windows;
import com.mallboard.product.ProductService;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the trash in its own modal window. Call from the JavaFX thread. */
public final class TrashDialog {
    private final ProductService products;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Formats formats;

    public TrashDialog(ProductService products, TaskExecutor executor, Messages messages, Formats formats) {
        this.products = products;
        this.executor = executor;
        this.messages = messages;
        this.formats = formats;
    }

    /** Shows the trash; {@code onChanged} runs after each restore or purge so the board can refresh. */
    public void open(Window owner, Runnable onChanged) {
        Stage window = Windows.modal(owner);
        Windows.setContent(window, createView(onChanged, window::close), 620, 440);
        window.setTitle(messages.get("trash.title"));
        window.show();
    }

    /** The trash without a window of its own, for embedding. */
    public TrashView createView(Runnable onChanged, Runnable onClose) {
        TrashViewModel viewModel = new TrashViewModel(products, executor, messages, formats, onChanged);
        TrashView view = new TrashView(viewModel, messages, onClose);
        viewModel.load();
        return view;
    }
}
