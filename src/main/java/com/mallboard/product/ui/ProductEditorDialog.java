package com.mallboard.product.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.Windows;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the product editor in its own modal window. Call from the JavaFX thread. */
public final class ProductEditorDialog {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProductEditorDialog.class);
    private static final double WIDTH = 780;
    private static final double HEIGHT = 720;

    private final ProductService products;
    private final EditorCommands commands;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Formats formats;
    private final List<EditorTab> extraTabs;
    private Callable<List<String>> locations = List::of;

    public ProductEditorDialog(ProductService products, EditorCommands commands, TaskExecutor executor,
            Messages messages, Formats formats) {
        this(products, commands, executor, messages, formats, List.of());
    }

    /** {@code extraTabs} (e.g. the malls tab) follow the editor's own tabs for stored products. */
    public ProductEditorDialog(ProductService products, EditorCommands commands, TaskExecutor executor,
            Messages messages, Formats formats, List<EditorTab> extraTabs) {
        this.products = products;
        this.commands = commands;
        this.executor = executor;
        this.messages = messages;
        this.formats = formats;
        this.extraTabs = List.copyOf(extraTabs);
    }

    /** The warehouse's location codes, read in the background each time the editor opens, offered in its field. */
    public void offerLocations(Callable<List<String>> source) {
        this.locations = source;
    }

    /**
     * Shows the editor for {@code productOrNull} (null: a new product, starting in planning). {@code onSaved} gets
     * the saved product, or the trashed one ({@link Product#inTrash()}) after "move to trash"; not called on cancel.
     */
    public void open(Window owner, Product productOrNull, Consumer<Product> onSaved) {
        Stage window = Windows.modal(owner);
        ProductEditorView view = createView(productOrNull, onSaved, window::close);
        Windows.setContent(window, view, WIDTH, HEIGHT);
        window.setTitle(view.title());
        window.setOnShown(event -> view.focusFirstField());
        window.show();
    }

    /** The editor without a window of its own, for embedding (tests, a side panel). */
    public ProductEditorView createView(Product productOrNull, Consumer<Product> onSaved, Runnable onClose) {
        ProductEditorViewModel viewModel = new ProductEditorViewModel(products, commands, executor, messages, formats,
                productOrNull);
        List<EditorTab> tabs = productOrNull == null ? List.of() : extraTabs;
        ProductEditorView view = new ProductEditorView(viewModel, messages, onSaved, onClose, tabs);
        viewModel.load();
        executor.execute(BackgroundTask.of("editor.locations.task", locations, viewModel.form().knownLocations()::setAll,
                error -> LOG.warn("the warehouse locations could not be read; the location field offers none", error)));
        return view;
    }
}
