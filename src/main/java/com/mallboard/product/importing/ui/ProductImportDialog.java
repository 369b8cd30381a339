package com.mallboard.product.importing.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.Windows;
import com.mallboard.product.ProductService;
import com.mallboard.product.importing.ColumnMappingMemory;
import com.mallboard.product.importing.ImportSpreadsheets;
import com.mallboard.product.importing.ProductImport;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The product import in its own modal window, opened from the board's toolbar. Call from the JavaFX thread. */
public final class ProductImportDialog {
    private final ProductService products;
    private final ColumnMappingMemory memory;
    private final ImportSpreadsheets spreadsheets;
    private final TaskExecutor executor;
    private final Messages messages;
    private final FileDialogs files;
    private final ProductImport importer;

    public ProductImportDialog(ProductImport importer, ProductService products, ColumnMappingMemory memory,
            ImportSpreadsheets spreadsheets, TaskExecutor executor, Messages messages, FileDialogs files) {
        this.importer = importer;
        this.products = products;
        this.memory = memory;
        this.spreadsheets = spreadsheets;
        this.executor = executor;
        this.messages = messages;
        this.files = files;
    }

    /** {@code onImported} runs after products were stored (the board reloads). */
    public Stage show(Window owner, Runnable onImported) {
        Stage window = Windows.modal(owner);
        window.setTitle(messages.get("import.screen.title"));
        ProductImportViewModel model = new ProductImportViewModel(importer, products, memory,
                spreadsheets, executor, messages, onImported);
        Windows.setContent(window, new ProductImportView(model, files, window::close), 1100, 680);
        window.show();
        return window;
    }
}
