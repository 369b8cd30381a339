package com.mallboard.report.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.SettingsRepository;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.Windows;
import com.mallboard.report.Reports;
import java.util.concurrent.Executor;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Excel report export in its own modal window, opened from the main window's navigation bar. */
public final class ReportExportDialog {
    private final Reports reports;
    private final SettingsRepository settings;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Messages messages;
    private final FileDialogs files;
    private final FileOpener opener;

    /** {@code uiThread} takes progress from the exporting thread ({@code Platform::runLater} in the app). */
    public ReportExportDialog(Reports reports, SettingsRepository settings, TaskExecutor executor, Executor uiThread,
            Messages messages, FileDialogs files, FileOpener opener) {
        this.reports = reports;
        this.settings = settings;
        this.executor = executor;
        this.uiThread = uiThread;
        this.messages = messages;
        this.files = files;
        this.opener = opener;
    }

    public Stage show(Window owner) {
        Stage window = Windows.modal(owner);
        window.setTitle(messages.get("report.dialog.title"));
        ReportExportViewModel model = new ReportExportViewModel(reports, settings, executor, uiThread, messages,
                opener);
        Runnable chooseAndExport = () -> files.saveFile(window, messages.get("report.dialog.save.title"),
                model.suggestedFileName(), "xlsx").ifPresent(model::export);
        Windows.setContent(window, new ReportExportView(model, chooseAndExport, window::close), 820, 640);
        window.setOnHidden(e -> model.cancel()); // closing the window stops an export nobody waits for
        model.load();
        window.show();
        return window;
    }
}
