package com.mallboard.product.importing.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.ExplainedException;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.ProductService;
import com.mallboard.product.StaleProductException;
import com.mallboard.product.importing.CellProblem;
import com.mallboard.product.importing.ColumnMapping;
import com.mallboard.product.importing.ColumnMappingMemory;
import com.mallboard.product.importing.ColumnOverrides;
import com.mallboard.product.importing.ColumnTarget;
import com.mallboard.product.importing.ImportPreview;
import com.mallboard.product.importing.ImportRow;
import com.mallboard.product.importing.ImportSpreadsheets;
import com.mallboard.product.importing.ImportSummary;
import com.mallboard.product.importing.ProductImport;
import com.mallboard.sheet.Sheet;
import com.mallboard.sheet.SheetReader;
import com.mallboard.sheet.SheetTable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Importing products from a spreadsheet: the file, the column mapping step for a sheet whose header is not the
 * app's own (remembered by its header names), the preview of every row with its problems, and the import. Reading,
 * previewing, importing and saving workbooks all run in the background.
 */
public final class ProductImportViewModel {
    /** What the screen shows: nothing yet, the mapping step, or the preview. */
    public enum Step { EMPTY, MAPPING, PREVIEW }

    /** Which preview rows the table lists. */
    public enum Filter { ALL, PROBLEMS, INSERTS, UPDATES }

    /** A file read, with the preview when its columns are settled (null when the user must map them first). */
    private record Opened(Path path, Sheet sheet, ColumnOverrides overrides, ImportPreview preview, boolean remembered,
            String mappingError) {
    }

    private final ProductImport importer;
    private final ProductService products;
    private final ColumnMappingMemory memory;
    private final ImportSpreadsheets spreadsheets;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Runnable onImported;
    private final ImportRowText text;
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.EMPTY);
    private final ObservableList<MappingChoice> mapping = FXCollections.observableArrayList();
    private final ObservableList<ImportRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<ImportRow> rows = new FilteredList<>(allRows);
    private final ObservableList<CellProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final BooleanProperty validRowsOnly = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final BooleanBinding canImport;
    private final BooleanBinding hasProblems;
    private Opened file;
    private List<String> headers = List.of();
    private int generation;
    private int running;

    /** {@code onImported} runs after products were stored, so the board can show them. */
    public ProductImportViewModel(ProductImport importer, ProductService products, ColumnMappingMemory memory,
            ImportSpreadsheets spreadsheets, TaskExecutor executor, Messages messages, Runnable onImported) {
        this.importer = importer;
        this.products = products;
        this.memory = memory;
        this.spreadsheets = spreadsheets;
        this.executor = executor;
        this.messages = messages;
        this.onImported = onImported;
        this.text = new ImportRowText(messages);
        hasProblems = Bindings.isNotEmpty(problems);
        canImport = Bindings.createBooleanBinding(() -> {
            ImportPreview shown = preview.get();
            return shown != null && !busy.get() && !imported.get()
                    && shown.count(ImportRow.Kind.INSERT) + shown.count(ImportRow.Kind.UPDATE) > 0
                    && (!shown.hasProblems() || validRowsOnly.get());
        }, preview, busy, imported, validRowsOnly);
        filter.addListener((obs, old, now) -> rows.setPredicate(row -> shows(now, row)));
    }

    /** Reads the file in the background; a sheet whose columns are not all known goes to the mapping step. */
    public void open(Path path) {
        error.set("");
        result.set("");
        notice.set("");
        read("import.screen.task.read", () -> read(path));
    }

    private Opened read(Path path) {
        Sheet sheet = SheetReader.read(path);
        SheetTable table = sheet.table(Sheet.FIRST_ROW);
        java.util.Optional<ColumnOverrides> remembered = memory.recall(table.columns());
        if (remembered.isPresent()) {
            try {
                return new Opened(path, sheet, remembered.get(), importer.preview(sheet, remembered.get()), true, "");
            } catch (ExplainedException e) {
                return new Opened(path, sheet, remembered.get(), null, false, messages.get(e.messageKey(), e.args()));
            }
        }
        if (ColumnMapping.needsChoices(table)) {
            return new Opened(path, sheet, ColumnOverrides.NONE, null, false, "");
        }
        return new Opened(path, sheet, ColumnOverrides.NONE, importer.preview(sheet), false, "");
    }

    private void show(Opened opened) {
        file = opened;
        headers = opened.sheet().table(Sheet.FIRST_ROW).columns();
        imported.set(false);
        validRowsOnly.set(false);
        fileName.set(opened.path().getFileName().toString());
        fillMapping(opened);
        error.set(opened.mappingError());
        if (opened.preview() == null) {
            showPreview(null);
            step.set(Step.MAPPING);
            return;
        }
        showPreview(opened.preview());
        if (opened.remembered()) {
            notice.set(messages.get("import.screen.mapping.remembered"));
        }
    }

    private void fillMapping(Opened opened) {
        SheetTable table = opened.sheet().table(Sheet.FIRST_ROW);
        List<String> headers = table.columns();
        mapping.clear();
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            if (header.isBlank()) {
                continue;
            }
            String sample = table.rows().isEmpty() ? "" : table.rows().get(0).cell(c);
            mapping.add(new MappingChoice(header, sample,
                    opened.overrides().target(header).orElseGet(() -> ColumnMapping.guess(header))));
        }
    }

    /** Shows the mapping step again for the file open now, with its current choices. */
    public void editMapping() {
        if (file != null) {
            step.set(Step.MAPPING);
        }
    }

    /** Previews with the columns chosen in the mapping step and remembers them for sheets with the same header. */
    public void applyMapping() {
        Opened current = Objects.requireNonNull(file);
        Map<String, ColumnTarget> chosen = new LinkedHashMap<>();
        mapping.forEach(choice -> chosen.put(choice.header(), choice.targetProperty().get()));
        ColumnOverrides overrides = new ColumnOverrides(chosen);
        error.set("");
        read("import.screen.task.read", () -> {
            ImportPreview previewed = importer.preview(current.sheet(), overrides);
            memory.remember(current.sheet().table(Sheet.FIRST_ROW).columns(), overrides);
            return new Opened(current.path(), current.sheet(), overrides, previewed, false, "");
        });
    }

    private void showPreview(ImportPreview shown) {
        preview.set(shown);
        allRows.setAll(shown == null ? List.of() : shown.rows());
        problems.setAll(shown == null ? List.of() : shown.problems());
        filter.set(Filter.ALL);
        counts.set(shown == null ? "" : messages.get("import.screen.counts", shown.count(ImportRow.Kind.INSERT),
                shown.count(ImportRow.Kind.UPDATE), shown.count(ImportRow.Kind.UNCHANGED),
                shown.rows().stream().filter(r -> !r.valid()).count()));
        if (shown != null && !shown.ignoredColumns().isEmpty()) {
            counts.set(counts.get() + " · " + messages.get("import.screen.ignored",
                    String.join(", ", shown.ignoredColumns())));
        }
        step.set(shown == null ? Step.EMPTY : Step.PREVIEW);
    }

    /** Writes the previewed rows (all, or the valid ones when the user ticked that) in one transaction. */
    public void importRows() {
        ImportPreview shown = preview.get();
        boolean validOnly = validRowsOnly.get();
        error.set("");
        run("import.screen.task.import", () -> importer.commit(shown, validOnly), summary -> {
            imported.set(true);
            result.set(resultText(summary));
            onImported.run();
        });
    }

    /** The question asked before importing: what will be added, updated and left out. */
    public String confirmation() {
        ImportPreview shown = preview.get();
        String question = messages.get("import.screen.confirm", shown.count(ImportRow.Kind.INSERT),
                shown.count(ImportRow.Kind.UPDATE));
        long skipped = shown.rows().stream().filter(r -> !r.valid()).count();
        return skipped == 0 ? question
                : messages.get("import.screen.confirm.skipped", skipped) + "\n" + question;
    }

    private String resultText(ImportSummary summary) {
        return messages.get("import.screen.result", summary.inserted(), summary.updated(), summary.unchanged(),
                summary.skipped());
    }

    /** Saves the template with the store's brands as the brand list. */
    public void saveTemplate(Path target) {
        run("import.screen.task.save", () -> {
            List<String> brands = products.active().stream().map(p -> p.details().brand()).filter(Objects::nonNull)
                    .map(String::strip).filter(b -> !b.isEmpty()).distinct().sorted().toList();
            spreadsheets.saveTemplate(target, brands);
            return target;
        }, saved -> notice.set(messages.get("import.screen.template.saved", saved.getFileName())));
    }

    /** Saves the rows with problems, their bad cells marked, for the user to fix. */
    public void saveErrorReport(Path target) {
        Opened current = Objects.requireNonNull(file);
        ImportPreview shown = preview.get();
        run("import.screen.task.save", () -> {
            spreadsheets.saveErrorReport(target, current.sheet().table(Sheet.FIRST_ROW), shown);
            return target;
        }, saved -> notice.set(messages.get("import.screen.error.report.saved", saved.getFileName())));
    }

    /** Reads or previews a file; only the latest request shows, one the user replaced by choosing again is dropped. */
    private void read(String titleKey, Callable<Opened> work) {
        int ticket = ++generation;
        run(titleKey, work, opened -> {
            if (ticket == generation) {
                show(opened);
            }
        }, failure -> {
            if (ticket == generation) {
                error.set(explain(failure));
            }
        });
    }

    private <T> void run(String titleKey, Callable<T> work, Consumer<T> onDone) {
        run(titleKey, work, onDone, failure -> error.set(explain(failure)));
    }

    private <T> void run(String titleKey, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        busy.set(++running > 0);
        executor.execute(BackgroundTask.of(titleKey, work, done -> {
            busy.set(--running > 0);
            onDone.accept(done);
        }, failure -> {
            busy.set(--running > 0);
            onFailure.accept(failure);
        }));
    }

    private String explain(Throwable failure) {
        if (failure instanceof StaleProductException) {
            return messages.get("import.screen.stale");
        }
        if (failure instanceof ExplainedException explained) {
            return messages.get(explained.messageKey(), explained.args());
        }
        return messages.get("import.screen.failed", String.valueOf(failure.getMessage()));
    }

    private static boolean shows(Filter filter, ImportRow row) {
        return switch (filter) {
            case ALL -> true;
            case PROBLEMS -> !row.valid();
            case INSERTS -> row.valid() && row.kind() == ImportRow.Kind.INSERT;
            case UPDATES -> row.valid() && row.kind() == ImportRow.Kind.UPDATE;
        };
    }

    /** The preview row a problem is in, showing all rows first when the filter hides it. */
    public ImportRow rowOf(CellProblem problem) {
        ImportRow row = allRows.stream().filter(r -> r.sheetRow() == problem.row()).findFirst().orElse(null);
        if (row != null && !rows.contains(row)) {
            filter.set(Filter.ALL);
        }
        return row;
    }

    /** Where a problem is, in the user's words: "D3 · 목표 판매가". */
    public String cellOf(CellProblem problem) {
        return ImportRowText.cell(problem, headers);
    }

    ImportRowText text() {
        return text;
    }

    public Messages messages() {
        return messages;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObservableList<MappingChoice> mapping() {
        return mapping;
    }

    public ObservableList<ImportRow> rows() {
        return rows;
    }

    public ObservableList<CellProblem> problems() {
        return problems;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public BooleanProperty validRowsOnlyProperty() {
        return validRowsOnly;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public BooleanBinding hasProblemsProperty() {
        return hasProblems;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
