package com.mallboard.report.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.ExplainedException;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SettingsRepository;
import com.mallboard.common.TaskExecutor;
import com.mallboard.report.ExportCancelledException;
import com.mallboard.report.ExportLogEntry;
import com.mallboard.report.ExportStep;
import com.mallboard.report.ExportSummary;
import com.mallboard.report.FilterChoices;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportSheet;
import com.mallboard.report.Reports;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The export dialog's state: which views, which period and filters ({@link ExportChoices}, remembered between
 * exports), whether receivers' personal data goes in (only after an explicit confirmation), and the running
 * export with its progress, Cancel, result and "open". The export runs through the {@link TaskExecutor}; progress
 * comes from the exporting thread and is handed to {@code uiThread}.
 */
public final class ReportExportViewModel {
    private static final int RECENT_LOG_LINES = 5;

    private final Reports reports;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Messages messages;
    private final FileOpener opener;
    private final Formats formats;
    private final ExportChoices choices;
    private final BooleanProperty includePersonalData = new SimpleBooleanProperty();
    private final BooleanProperty personalDataConfirmed = new SimpleBooleanProperty();
    private final ObservableList<String> recentPersonalDataExports = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> exportedFile = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canExport;
    private AtomicBoolean cancelled = new AtomicBoolean();

    public ReportExportViewModel(Reports reports, SettingsRepository settings, TaskExecutor executor,
            Executor uiThread, Messages messages, FileOpener opener) {
        this.reports = reports;
        this.executor = executor;
        this.uiThread = uiThread;
        this.messages = messages;
        this.opener = opener;
        this.formats = new Formats(Formats.SEOUL, messages.locale());
        this.choices = new ExportChoices(reports.catalogue(), settings, messages, this::today);
        includePersonalData.addListener((obs, was, now) -> personalDataConfirmed.set(false));
        ObservableValue<?>[] dependencies = Stream.concat(
                choices.sheets().stream().map(SheetChoice::chosenProperty),
                Stream.of(running, includePersonalData, personalDataConfirmed,
                        choices.fromProperty(), choices.toProperty())).toArray(ObservableValue[]::new);
        canExport = Bindings.createBooleanBinding(() -> !running.get() && !choices.chosenSheets().isEmpty()
                && choices.periodValid() && (!includePersonalData.get() || personalDataConfirmed.get()),
                dependencies);
    }

    /** Restores the last choices and reads the filters' values and the personal-data log in the background. */
    public void load() {
        choices.restore();
        refresh();
    }

    /** The filters' values and the personal-data log, read again (after an export that added to the log). */
    private void refresh() {
        executor.execute(BackgroundTask.of("report.task.load", () -> new Loaded(reports.choices().get(),
                reports.export().recentPersonalDataExports(RECENT_LOG_LINES).stream().map(this::logLine).toList()),
                loaded -> {
                    choices.offer(loaded.choices());
                    recentPersonalDataExports.setAll(loaded.recent());
                }, this::failed));
    }

    private record Loaded(FilterChoices choices, List<String> recent) {
    }

    /** The file name the save window proposes, e.g. {@code mallboard-report-2026-11-26.xlsx}. */
    public String suggestedFileName() {
        return "mallboard-report-" + today() + ".xlsx";
    }

    /** The user confirmed the warning: the file will hold receivers' names, phones and addresses. */
    public void confirmPersonalData() {
        if (includePersonalData.get()) {
            personalDataConfirmed.set(true);
        }
    }

    /** Writes the chosen views to {@code target} in the background; the choices are remembered. */
    public void export(Path target) {
        if (!canExport.get()) {
            return;
        }
        List<ReportSheet> sheets = choices.chosenSheets();
        ReportRequest request = new ReportRequest(messages, choices.fromProperty().get(), choices.toProperty().get(),
                choices.filter(), includePersonalData.get());
        choices.remember();
        AtomicBoolean cancel = new AtomicBoolean();
        cancelled = cancel;
        running.set(true);
        progress.set(0);
        progressText.set("");
        result.set("");
        error.set("");
        exportedFile.set(null);
        executor.execute(BackgroundTask.of("report.task.export", () -> reports.export().export(target, sheets,
                request, step -> uiThread.execute(() -> show(step)), cancel::get), this::finished, this::failed));
    }

    /** Stops at the next row; the old file, if any, stays as it was. */
    public void cancel() {
        if (running.get()) {
            cancelled.set(true);
            progressText.set(messages.get("report.export.cancelling"));
        }
    }

    private void show(ExportStep step) {
        if (!running.get() || cancelled.get()) {
            return;
        }
        progress.set(step.fraction());
        progressText.set(messages.get("report.export.progress", step.sheetNumber(), step.sheetCount(),
                step.sheetTitle(), step.rowsWritten()));
    }

    private void finished(ExportSummary summary) {
        running.set(false);
        progress.set(1);
        progressText.set("");
        exportedFile.set(summary.file());
        result.set(messages.get("report.export.done", summary.sheetCount(), summary.rows(), summary.file()));
        if (includePersonalData.get()) {
            refresh();
        }
    }

    private void failed(Throwable failure) {
        running.set(false);
        progressText.set("");
        if (failure instanceof ExportCancelledException) {
            result.set(messages.get(ExportCancelledException.CANCELLED));
        } else if (failure instanceof ExplainedException explained) {
            error.set(messages.get(explained.messageKey(), explained.args()));
        } else {
            error.set(messages.get("report.export.failed", failure.getMessage() == null
                    ? failure.getClass().getSimpleName() : failure.getMessage()));
        }
    }

    /** Opens the exported file in Excel (or whatever the desktop uses for xlsx). */
    public void openFile() {
        open(exportedFile.get());
    }

    /** Opens the folder that holds the exported file. */
    public void openFolder() {
        Path file = exportedFile.get();
        open(file == null ? null : file.getParent());
    }

    private void open(Path path) {
        if (path == null) {
            return;
        }
        executor.execute(BackgroundTask.of("report.task.open", () -> {
            opener.open(path);
            return path;
        }, opened -> { }, failure -> error.set(messages.get("report.open.failed", exportedFile.get()))));
    }

    private String logLine(ExportLogEntry entry) {
        String open = messages.get("report.period.open");
        return messages.get("report.log.line", formats.dateTime(entry.at()), entry.who(),
                Path.of(entry.file()).getFileName(), String.join(", ", entry.sheetIds()),
                entry.from() == null ? open : formats.date(entry.from()),
                entry.to() == null ? open : formats.date(entry.to()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(reports.clock().instant(), Formats.SEOUL);
    }

    public ExportChoices choices() {
        return choices;
    }

    public BooleanProperty includePersonalDataProperty() {
        return includePersonalData;
    }

    public BooleanProperty personalDataConfirmedProperty() {
        return personalDataConfirmed;
    }

    /** The last exports that included personal data, one line each, newest first. */
    public ObservableList<String> recentPersonalDataExports() {
        return recentPersonalDataExports;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Sheet 2 of 4: Orders — 12,000 rows" while an export runs. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** What the last export wrote, or that it was cancelled. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The file the last export wrote; null before and after a failed one. */
    public ReadOnlyObjectProperty<Path> exportedFileProperty() {
        return exportedFile.getReadOnlyProperty();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public Messages messages() {
        return messages;
    }
}
