package com.mallboard.shipping.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.Windows;
import com.mallboard.shipping.tracking.TrackingImport;
import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The tracking import in its own modal window, asking for a file as soon as it opens. */
public final class TrackingImportDialog {
    static final List<String> EXTENSIONS = List.of("xlsx", "xls", "csv", "txt");

    private final TrackingImport importer;
    private final TaskExecutor executor;
    private final Messages messages;
    private final FileDialogs files;

    public TrackingImportDialog(TrackingImport importer, TaskExecutor executor, Messages messages, FileDialogs files) {
        this.importer = importer;
        this.executor = executor;
        this.messages = messages;
        this.files = files;
    }

    /** {@code onImported} runs after tracking numbers were stored (the orders screen reloads). */
    public Stage show(Window owner, Runnable onImported) {
        Stage window = Windows.modal(owner);
        window.setTitle(messages.get("tracking.import.title"));
        TrackingImportViewModel model = new TrackingImportViewModel(importer, executor, messages, onImported);
        Runnable choose = () -> files.openFile(window, messages.get("tracking.import.choose.title"), EXTENSIONS)
                .ifPresent(model::open);
        Windows.setContent(window, new TrackingImportView(model, choose, window::close), 1100, 640);
        window.show();
        choose.run();
        return window;
    }
}
