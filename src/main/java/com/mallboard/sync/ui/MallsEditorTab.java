package com.mallboard.sync.ui;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.ui.EditorTab;
import com.mallboard.sync.ListingService;
import com.mallboard.sync.MallService;
import javafx.scene.control.Tab;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The product editor's "Malls" tab, handed to {@code ProductEditorDialog} by whoever builds it: the editor lives in
 * {@code product.ui} and may not know about mall sync (that would be a package cycle), so sync brings its own tab.
 */
public final class MallsEditorTab implements EditorTab {
    private final ListingService listings;
    private final MallService malls;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Formats formats;

    public MallsEditorTab(ListingService listings, MallService malls, TaskExecutor executor, Messages messages,
            Formats formats) {
        this.listings = listings;
        this.malls = malls;
        this.executor = executor;
        this.messages = messages;
        this.formats = formats;
    }

    @Override
    public Tab create(Product product) {
        MallListingsViewModel viewModel = new MallListingsViewModel(listings, malls, executor, messages, product);
        Tab tab = new Tab(messages.get("editor.tab.malls"), new MallListingsView(viewModel, formats));
        tab.setId("editorMallsTab");
        tab.setGraphic(new FontIcon("mdi2s-store-outline"));
        viewModel.load();
        return tab;
    }
}
