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
import java.util.function.Supplier;
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
 * Writes one table as an xlsx sheet with POI's streaming SXSSF: only a window of rows is kept in memory, the rest
 * goes to a temp file, so 100,000 rows need no more heap than 100 (decision 0009). The sheet has a bold, filled
 * header row that stays frozen, an autofilter over the data, real numbers, won amounts and dates, and column widths
 * taken from the longest header or value (SXSSF cannot autosize rows it has already flushed).
 * <p>
 * The workbook is written to a hidden file next to the target and moved over it only when complete, so a failed or
 * cancelled export never leaves half a file; SXSSF's temp files are disposed of in every case.
 */
public final class XlsxTableWriter {
    static final String CURRENCY_FORMAT = "\"₩\"#,##0";
    static final String NUMBER_FORMAT = "#,##0";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int ROWS_IN_MEMORY = 200;
    private static final int PROGRESS_EVERY = 500;
    private static final int MIN_WIDTH_CHARS = 10;
    private static final int MAX_WIDTH_CHARS = 60;

    private final Supplier<Workbook> workbooks;

    /** The streaming writer the app uses. */
    public XlsxTableWriter() {
        this(() -> new SXSSFWorkbook(ROWS_IN_MEMORY));
    }

    private XlsxTableWriter(Supplier<Workbook> workbooks) {
        this.workbooks = workbooks;
    }

    /**
     * The same sheet built with plain XSSF, which keeps every row in memory until it is written. Only for
     * {@code ExportBenchmark}, to show what streaming saves.
     */
    public static XlsxTableWriter inMemoryForComparison() {
        return new XlsxTableWriter(XSSFWorkbook::new);
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
        Path absolute = target.toAbsolutePath();
        Path partial = createPartialFile(absolute);
        boolean done = false;
        try {
            long written = writeWorkbook(partial, sheetName, columns, rows, progress, cancelled);
            replace(partial, absolute);
            done = true;
            return written;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExportException known) {
                throw known;
            }
            throw new ExportException(ExportException.WRITE_FAILED, e, absolute.toString());
        } finally {
            if (!done) {
                deleteQuietly(partial);
            }
        }
    }

    private static Path createPartialFile(Path target) {
        try {
            return Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        } catch (IOException | RuntimeException e) {
            throw new ExportException(ExportException.WRITE_FAILED, e, target.toString());
        }
    }

    private <T> long writeWorkbook(Path file, String sheetName, List<Column<T>> columns,
                                          Collection<? extends T> rows, ExportProgress progress,
                                          BooleanSupplier cancelled) throws IOException {
        Workbook workbook = workbooks.get();
        try {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Map<CellKind, CellStyle> styles = valueStyles(workbook);
            int[] widths = writeHeader(sheet, columns, headerStyle(workbook));
            long total = rows.size();
            int rowIndex = 1;
            for (T item : rows) {
                if (cancelled.getAsBoolean()) {
                    throw new ExportCancelledException();
                }
                writeRow(sheet.createRow(rowIndex), columns, item, styles, widths);
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
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            progress.rowsWritten(rowIndex - 1L, total);
            return rowIndex - 1L;
        } finally {
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose(); // the temp files of flushed rows, also after a failure or cancel
            }
            workbook.close();
        }
    }

    private static <T> int[] writeHeader(Sheet sheet, List<Column<T>> columns, CellStyle style) {
        Row header = sheet.createRow(0);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(style);
            widths[c] = displayWidth(columns.get(c).header()) + 2; // room for the filter button
        }
        return widths;
    }

    private static <T> void writeRow(Row row, List<Column<T>> columns, T item, Map<CellKind, CellStyle> styles,
                                     int[] widths) {
        for (int c = 0; c < columns.size(); c++) {
            Column<T> column = columns.get(c);
            Object value = column.value().apply(item);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            int width = switch (column.kind()) {
                case TEXT -> setText(cell, value.toString());
                case NUMBER, CURRENCY -> setNumber(cell, (Number) value, styles.get(column.kind()));
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
        return digits + (digits - 1) / 3 + 2; // separators, sign or ₩
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
        styles.put(CellKind.CURRENCY, formatted(workbook, CURRENCY_FORMAT));
        styles.put(CellKind.DATE, formatted(workbook, DATE_FORMAT));
        return styles;
    }

    private static CellStyle formatted(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
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
