package com.mallboard.report;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Writes one table as a workbook of its own: a {@link ReportWorkbook} with one sheet, saved to the target only when
 * complete, so a failed or cancelled export leaves the old file and no temp files.
 */
public final class XlsxTableWriter {
    private final Supplier<ReportWorkbook> workbooks;

    /** The streaming writer the app uses. */
    public XlsxTableWriter() {
        this(ReportWorkbook::streaming);
    }

    private XlsxTableWriter(Supplier<ReportWorkbook> workbooks) {
        this.workbooks = workbooks;
    }

    /** The same sheet built with plain XSSF; only for {@code ExportBenchmark}, to show what streaming saves. */
    public static XlsxTableWriter inMemoryForComparison() {
        return new XlsxTableWriter(ReportWorkbook::inMemoryForComparison);
    }

    /**
     * Writes {@code rows} under a header of the columns' names to {@code target}, replacing it if it exists.
     *
     * @return the number of data rows written
     * @throws ExportCancelledException when {@code cancelled} turned true; the target is untouched
     * @throws ExportException when the file cannot be written; the target is untouched
     */
    public <T> long write(Path target, String sheetName, List<Column<T>> columns, Collection<? extends T> rows,
                          ExportProgress progress, BooleanSupplier cancelled) {
        try (ReportWorkbook workbook = workbooks.get()) {
            WrittenTable<T> table = workbook.table(sheetName, columns, rows, progress, cancelled);
            workbook.saveTo(target);
            return table.rowCount();
        } catch (ExportException known) {
            throw known;
        } catch (RuntimeException e) {
            throw new ExportException(ExportException.WRITE_FAILED, e, target.toAbsolutePath().toString());
        }
    }
}
