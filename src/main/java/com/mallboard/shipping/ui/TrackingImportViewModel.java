package com.mallboard.shipping.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.ExplainedException;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.sheet.Sheet;
import com.mallboard.shipping.tracking.ColumnMapping;
import com.mallboard.shipping.tracking.Courier;
import com.mallboard.shipping.tracking.ImportFile;
import com.mallboard.shipping.tracking.ImportPreview;
import com.mallboard.shipping.tracking.ImportRow;
import com.mallboard.shipping.tracking.TrackingImport;
import com.mallboard.sync.InvalidSyncInputException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Importing a courier's file: the file, the courier (guessed from the headers, confirmed by the user), which column
 * holds what (remembered per courier), the preview of every row, and the import. Reading, previewing and storing
 * run in the background; a preview that arrives after the user changed a choice again is dropped.
 */
public final class TrackingImportViewModel {
    /** A courier's columns and the preview they give (null when the columns are incomplete). */
    private record Proposal(ColumnMapping mapping, ImportPreview preview) {
    }

    private final TrackingImport importer;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Runnable onImported;
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ObservableList<Courier> couriers = FXCollections.observableArrayList(Courier.values());
    private final ObjectProperty<Courier> courier = new SimpleObjectProperty<>();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty orderColumn = new SimpleStringProperty("");
    private final StringProperty trackingColumn = new SimpleStringProperty("");
    private final StringProperty itemColumn = new SimpleStringProperty("");
    private final StringProperty courierColumn = new SimpleStringProperty("");
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper validCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper();
    private final BooleanProperty importValidRows = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final BooleanBinding canImport;
    private ImportFile file;
    private ImportPreview preview;
    private int generation;
    private boolean settingColumns;

    /** {@code onImported} runs after tracking numbers were stored, so the orders screen can show them. */
    public TrackingImportViewModel(TrackingImport importer, TaskExecutor executor, Messages messages,
            Runnable onImported) {
        this.importer = importer;
        this.executor = executor;
        this.messages = messages;
        this.onImported = onImported;
        canImport = Bindings.createBooleanBinding(() -> !busy.get() && !imported.get() && validCount.get() > 0
                && (errorCount.get() == 0 || importValidRows.get()), busy, imported, validCount, errorCount,
                importValidRows);
        courier.addListener((obs, old, now) -> {
            if (now != null && file != null && !settingColumns) {
                applyCourier(now);
            }
        });
        for (StringProperty column : List.of(orderColumn, trackingColumn, itemColumn, courierColumn)) {
            column.addListener((obs, old, now) -> {
                if (!settingColumns) {
                    refreshPreview();
                }
            });
        }
    }

    /** Reads the file in the background, guesses its courier and columns, and previews it. */
    public void open(Path path) {
        int ticket = ++generation;
        busy.set(true);
        error.set("");
        result.set("");
        executor.execute(BackgroundTask.of("tracking.import.task.read", () -> importer.open(path, Sheet.FIRST_ROW),
                opened -> {
                    if (ticket != generation) {
                        return;
                    }
                    busy.set(false);
                    file = opened;
                    imported.set(false);
                    fileName.set(path.getFileName().toString());
                    columns.setAll(opened.table().columns().stream().filter(c -> !c.isEmpty()).toList());
                    showPreview(null);
                    opened.guessedCourier().ifPresentOrElse(this::chooseCourier, () -> chooseCourier(null));
                }, failure -> {
                    if (ticket == generation) {
                        forgetFile();
                        failed(failure);
                    }
                }));
    }

    /** A file that cannot be read leaves nothing of the one before to import by mistake. */
    private void forgetFile() {
        file = null;
        fileName.set("");
        columns.clear();
        setColumns(ColumnMapping.NONE);
        showPreview(null);
    }

    private void chooseCourier(Courier guessed) {
        settingColumns = true;
        courier.set(guessed);
        settingColumns = false;
        if (guessed != null) {
            applyCourier(guessed);
        } else {
            setColumns(ColumnMapping.NONE);
        }
    }

    /** The courier's remembered columns (or its preset's guess), then a fresh preview. */
    private void applyCourier(Courier chosen) {
        ImportFile current = file;
        int ticket = ++generation;
        busy.set(true);
        executor.execute(BackgroundTask.of("tracking.import.task.preview", () -> {
            ColumnMapping mapping = importer.mappingFor(chosen, current.table());
            return new Proposal(mapping, mapping.complete() ? importer.preview(current.table(), chosen, mapping)
                    : null);
        }, proposal -> {
            if (ticket == generation) {
                busy.set(false);
                setColumns(proposal.mapping());
                showPreview(proposal.preview());
            }
        }, this::failed));
    }

    private void setColumns(ColumnMapping mapping) {
        settingColumns = true;
        orderColumn.set(mapping.orderColumn());
        trackingColumn.set(mapping.trackingColumn());
        itemColumn.set(mapping.itemColumn());
        courierColumn.set(mapping.courierColumn());
        settingColumns = false;
    }

    private ColumnMapping mapping() {
        return new ColumnMapping(orderColumn.get(), trackingColumn.get(), itemColumn.get(), courierColumn.get());
    }

    private void refreshPreview() {
        ImportFile current = file;
        Courier chosen = courier.get();
        ColumnMapping mapping = mapping();
        int ticket = ++generation;
        if (current == null || chosen == null || !mapping.complete()) {
            showPreview(null);
            return;
        }
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.of("tracking.import.task.preview",
                () -> importer.preview(current.table(), chosen, mapping), fresh -> {
                    if (ticket == generation) {
                        busy.set(false);
                        showPreview(fresh);
                    }
                }, this::failed));
    }

    private void showPreview(ImportPreview fresh) {
        preview = fresh;
        rows.setAll(fresh == null ? List.of() : fresh.rows());
        validCount.set(fresh == null ? 0 : fresh.validRows().size());
        errorCount.set(fresh == null ? 0 : (int) fresh.errorCount());
    }

    /** Stores the tracking numbers (all, or the valid rows when the user ticked that) and queues them for the malls. */
    public void importRows() {
        if (!canImport.get()) {
            return;
        }
        ImportPreview current = preview;
        boolean skipErrors = importValidRows.get();
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.of("tracking.import.task.import", () -> importer.commit(current, skipErrors),
                summary -> {
                    busy.set(false);
                    imported.set(true);
                    result.set(messages.get("tracking.import.done", summary.orders(), summary.lines(),
                            summary.skipped()));
                    onImported.run();
                }, this::failed));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(describe(failure));
    }

    private String describe(Throwable failure) {
        if (failure instanceof ExplainedException explained) {
            return messages.get(explained.messageKey(), explained.args());
        }
        if (failure instanceof InvalidSyncInputException invalid) {
            return messages.get("tracking.import.refused.stale", messages.get(invalid.messageKey()));
        }
        return messages.get("tracking.import.failed",
                failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }

    /** "OK" or the row's problem, in the user's language. */
    public String status(ImportRow row) {
        return row.valid() ? messages.get("tracking.import.row.ok")
                : messages.get(row.problem().messageKey(), row.detail());
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ObservableList<Courier> couriers() {
        return couriers;
    }

    public ObjectProperty<Courier> courierProperty() {
        return courier;
    }

    /** The file's header names, for the column choices. */
    public ObservableList<String> columns() {
        return columns;
    }

    public StringProperty orderColumnProperty() {
        return orderColumn;
    }

    public StringProperty trackingColumnProperty() {
        return trackingColumn;
    }

    public StringProperty itemColumnProperty() {
        return itemColumn;
    }

    public StringProperty courierColumnProperty() {
        return courierColumn;
    }

    public ObservableList<ImportRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty validCountProperty() {
        return validCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errorCount.getReadOnlyProperty();
    }

    public BooleanProperty importValidRowsProperty() {
        return importValidRows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the import stored, after it ran. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
