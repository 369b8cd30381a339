package com.mallboard.suggest.ui;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import com.mallboard.product.ui.EditorTab;
import com.mallboard.suggest.SuggestionService;
import java.util.function.Consumer;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;

/** The product editor's "next steps" tab: the product's open suggestions, read each time the tab is shown. */
public final class SuggestionsEditorTab implements EditorTab {
    private final SuggestionService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Formats formats;

    public SuggestionsEditorTab(SuggestionService service, TaskExecutor executor, Messages messages, Formats formats) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.formats = formats;
    }

    @Override
    public Tab create(Product product) {
        return create(product, changed -> { }, added -> { });
    }

    @Override
    public Tab create(Product product, Consumer<Product> onProductChanged, Consumer<ChecklistAction> onActionAdded) {
        SuggestionPanelViewModel model = new SuggestionPanelViewModel(service, executor, messages, formats, product,
                onActionAdded);
        ScrollPane scroll = new ScrollPane(new SuggestionPanelView(model, messages));
        scroll.setFitToWidth(true);
        Tab tab = new Tab(messages.get("suggest.panel.tab"), scroll);
        tab.setId("editorSuggestionsTab");
        // Read again each time the tab is shown: tags saved or actions ticked in the editor change what is open.
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                model.load();
            }
        });
        return tab;
    }
}
