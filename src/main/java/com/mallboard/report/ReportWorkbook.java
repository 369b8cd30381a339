package com.mallboard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One xlsx workbook being written: tables go in one sheet each, streamed with POI's SXSSF so only a window of rows
 * stays in memory (decision 0009); {@link #chart} puts a native Excel chart beside a small table; {@link #saveTo}
 * writes the whole workbook to a hidden file next to the target and moves it over the target only when complete.
 * Every table has a bold, filled header row that stays frozen, an autofilter over its data, real numbers, won
 * amounts and dates, and column widths taken from the longest header or value (SXSSF cannot autosize flushed rows).
 * <p>
 * Close it in every case (try-with-resources): that deletes SXSSF's temp files, also after a failure or cancel.
 */
public final class ReportWorkbook implements AutoCloseable {
    static final String CURRENCY_FORMAT = "\"₩\"#,##0";
    static final String NUMBER_FORMAT = "#,##0";
    static final String DECIMAL_FORMAT = "#,##0.0";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int ROWS_IN_MEMORY = 200;
    private static final int PROGRESS_EVERY = 500;
    private static final int MIN_WIDTH_CHARS = 10;
    private static final int MAX_WIDTH_CHARS = 60;

    private final Workbook workbook;
    private final Map<CellKind, CellStyle> styles;
    private final CellStyle headerStyle;

    private ReportWorkbook(Workbook workbook) {
        this.workbook = workbook;
        this.styles = valueStyles(workbook);
        this.headerStyle = headerStyle(workbook);
    }

    /** The streaming workbook the app uses. */
    public static ReportWorkbook streaming() {
        return new ReportWorkbook(new SXSSFWorkbook(ROWS_IN_MEMORY));
    }

    /** Plain XSSF, every row in memory until saved: only for {@code ExportBenchmark}, to show what streaming saves. */
    public static ReportWorkbook inMemoryForComparison() {
        return new ReportWorkbook(new XSSFWorkbook());
    }

    /**
     * Adds a sheet named {@code sheetName} (made safe for Excel) with {@code rows} under a header of the columns'
     * names. {@code progress} hears about this table's rows only.
     *
     * @throws ExportCancelledException as soon as {@code cancelled} turns true
     */
    public <T> WrittenTable<T> table(String sheetName, List<Column<T>> columns, Collection<? extends T> rows,
                                     ExportProgress progress, BooleanSupplier cancelled) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        int[] widths = writeHeader(sheet, columns);
        long total = rows.size();
        int rowIndex = 1;
        for (T item : rows) {
            if (cancelled.getAsBoolean()) {
                throw new ExportCancelledException();
            }
            writeRow(sheet.createRow(rowIndex), columns, item, widths);
            if (rowIndex % PROGRESS_EVERY == 0) {
                progress.rowsWritten(rowIndex, total);
            }
            rowIndex++;
        }
        if (cancelled.getAsBoolean()) {
            throw new ExportCancelledException();
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, columns.size() - 1));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widths[c] + 2)) * 256);
        }
        progress.rowsWritten(rowIndex - 1L, total);
        return new WrittenTable<>(sheet, columns, rows);
    }

    /**
     * Draws a native Excel chart of a table written before, to the right of it. The chart refers to the table's cells
     * and carries their values, so it shows at once in Excel and LibreOffice; keep charted tables small. Further charts
     * of the same sheet go below the ones drawn before.
     */
    public <T> void chart(WrittenTable<T> table, ChartSpec spec) {
        ReportCharts.draw(table, spec);
    }

    /**
     * Adds a bold totals row under a table written just before (on its sheet, no other table since): {@code label}
     * in the first column and, in each of {@code columns} (numbers or won), the total of the rows left visible by
     * the autofilter, as a {@code SUBTOTAL} formula. A table without rows gets none.
     */
    public <T> void totals(WrittenTable<T> table, String label, List<Integer> columns) {
        TotalsRow.write(table, label, columns, styles);
    }

    /** The workbook's sheets so far, in order; for tests and callers that need a sheet's final (safe) name. */
    public List<String> sheetNames() {
        return java.util.stream.IntStream.range(0, workbook.getNumberOfSheets())
                .mapToObj(workbook::getSheetName).toList();
    }

    /**
     * Writes the workbook to {@code target}, replacing it if it exists; a failure leaves the old file as it was and
     * no partial file behind.
     *
     * @throws ExportException when the file cannot be written
     */
    public void saveTo(Path target) {
        save(workbook, target);
    }

    /** Saves a workbook built cell by cell elsewhere in this package (the import template) the same safe way. */
    static void save(Workbook workbook, Path target) {
        Path absolute = target.toAbsolutePath();
        Path partial = createPartialFile(absolute);
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            replace(partial, absolute);
            done = true;
        } catch (IOException | RuntimeException e) {
            throw new ExportException(ExportException.WRITE_FAILED, e, absolute.toString());
        } finally {
            if (!done) {
                deleteQuietly(partial);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose(); // the temp files of flushed rows
            }
            workbook.close();
        } catch (IOException ignored) {
            // closing an in-memory workbook after saving or failing cannot lose anything the user asked for
        }
    }

    private <T> int[] writeHeader(Sheet sheet, List<Column<T>> columns) {
        Row header = sheet.createRow(0);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(headerStyle);
            widths[c] = displayWidth(columns.get(c).header()) + 2; // room for the filter button
        }
        return widths;
    }

    private <T> void writeRow(Row row, List<Column<T>> columns, T item, int[] widths) {
        for (int c = 0; c < columns.size(); c++) {
            Column<T> column = columns.get(c);
            Object value = column.value().apply(item);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            int width = switch (column.kind()) {
                case TEXT -> setText(cell, value.toString());
                case NUMBER, CURRENCY, DECIMAL -> setNumber(cell, (Number) value, styles.get(column.kind()));
                case DATE -> setDate(cell, (LocalDate) value, styles.get(CellKind.DATE));
            };
            widths[c] = Math.max(widths[c], width);
        }
    }

    private static int setText(Cell cell, String text) {
        cell.setCellValue(text);
        return displayWidth(text);
    }

    private static int setNumber(Cell cell, Number number, CellStyle style) {
        cell.setCellValue(number.doubleValue());
        cell.setCellStyle(style);
        int digits = Long.toString(Math.abs(number.longValue())).length();
        return digits + (digits - 1) / 3 + 3; // separators, sign or ₩, a decimal
    }

    private static int setDate(Cell cell, LocalDate date, CellStyle style) {
        cell.setCellValue(date);
        cell.setCellStyle(style);
        return DATE_FORMAT.length();
    }

    /** Hangul and other wide characters take about two columns of Excel's width unit. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length() && width < MAX_WIDTH_CHARS; i++) {
            width += text.charAt(i) >= '\u1100' ? 2 : 1;
        }
        return width;
    }

    private static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static Map<CellKind, CellStyle> valueStyles(Workbook workbook) {
        Map<CellKind, CellStyle> styles = new EnumMap<>(CellKind.class);
        styles.put(CellKind.NUMBER, formatted(workbook, NUMBER_FORMAT));
        styles.put(CellKind.DECIMAL, formatted(workbook, DECIMAL_FORMAT));
        styles.put(CellKind.CURRENCY, formatted(workbook, CURRENCY_FORMAT));
        styles.put(CellKind.DATE, formatted(workbook, DATE_FORMAT));
        return styles;
    }

    private static CellStyle formatted(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static Path createPartialFile(Path target) {
        try {
            return Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        } catch (IOException | RuntimeException e) {
            throw new ExportException(ExportException.WRITE_FAILED, e, target.toString());
        }
    }

    private static void replace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more to do: the hidden .part file is all that is left, and the next export makes a new one
        }
    }
}
