package com.mallboard.product.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.Product;
import java.util.function.Consumer;
import javafx.scene.control.Tab;

/**
 * The product editor's "옵션 / Options" tab. Hand it to {@code ProductEditorDialog} with the other extra tabs; after
 * a save it tells the editor the product's new stock and version, so the basic tab's Save does not undo it.
 */
public final class OptionsEditorTab implements EditorTab {
    private final OptionCommands commands;
    private final TaskExecutor executor;
    private final Messages messages;

    public OptionsEditorTab(OptionCommands commands, TaskExecutor executor, Messages messages) {
        this.commands = commands;
        this.executor = executor;
        this.messages = messages;
    }

    @Override
    public Tab create(Product product) {
        return create(product, saved -> { });
    }

    @Override
    public Tab create(Product product, Consumer<Product> onProductChanged) {
        OptionsViewModel viewModel = new OptionsViewModel(commands, executor, messages, product, onProductChanged);
        Tab tab = new Tab(messages.get("editor.tab.options"), new OptionsView(viewModel, messages));
        tab.setId("optionsTab");
        viewModel.load();
        return tab;
    }
}
