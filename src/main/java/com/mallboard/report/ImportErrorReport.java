package com.mallboard.report;

import com.mallboard.common.Messages;
import com.mallboard.product.importing.CellProblem;
import com.mallboard.product.importing.ImportPreview;
import com.mallboard.product.importing.ImportRow;
import com.mallboard.sheet.SheetRow;
import com.mallboard.sheet.SheetTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an import file that have problems, as the user wrote them and in the same columns (so a cell keeps its
 * letter), each bad cell filled red with the message as a comment, and two columns more: the row in the file and
 * every message of the row. The user fixes these rows and imports them again.
 */
public final class ImportErrorReport {
    private static final String AUTHOR = "Mallboard";

    private final Messages messages;

    public ImportErrorReport(Messages messages) {
        this.messages = messages;
    }

    public void save(Path target, SheetTable table, ImportPreview preview) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    messages.get("import.report.sheet")));
            Styles styles = new Styles(workbook);
            List<String> columns = table.columns();
            int rowColumn = columns.size();
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                text(header, c, columns.get(c), styles.header);
            }
            text(header, rowColumn, messages.get("import.report.row"), styles.header);
            text(header, rowColumn + 1, messages.get("import.report.problems"), styles.header);
            Map<Integer, SheetRow> original = new LinkedHashMap<>();
            table.rows().forEach(r -> original.put(r.number(), r));
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            int next = 1;
            for (ImportRow row : preview.rows()) {
                if (row.valid()) {
                    continue;
                }
                Row written = sheet.createRow(next++);
                SheetRow source = original.get(row.sheetRow());
                for (int c = 0; c < columns.size() && source != null; c++) {
                    text(written, c, source.cell(c), null);
                }
                written.createCell(rowColumn).setCellValue(row.sheetRow());
                List<String> all = new ArrayList<>();
                for (CellProblem problem : leftToRight(row.problems())) {
                    String message = messages.get(problem.messageKey(), problem.args());
                    all.add(problem.column() == null ? message : problem.column() + problem.row() + ": " + message);
                    if (problem.column() != null) {
                        mark(workbook, drawing, written, CellReference.convertColStringToIndex(problem.column()),
                                message, styles.bad);
                    }
                }
                text(written, rowColumn + 1, String.join("\n", all), styles.wrapped);
                written.setHeightInPoints(all.size() * sheet.getDefaultRowHeightInPoints());
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, Math.min(40, Math.max(10, ReportWorkbook.displayWidth(columns.get(c)) + 4)) * 256);
            }
            sheet.setColumnWidth(rowColumn + 1, 80 * 256);
            sheet.createFreezePane(0, 1);
            fitToPageWidth(sheet);
            ReportWorkbook.save(workbook, target);
        } catch (IOException e) {
            throw new ExportException(ExportException.WRITE_FAILED, e, target.toString());
        }
    }

    /** Printed, the messages column stays on the page of its row. */
    static void fitToPageWidth(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static List<CellProblem> leftToRight(List<CellProblem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparingInt(p -> p.column() == null ? Integer.MAX_VALUE
                : CellReference.convertColStringToIndex(p.column()))).toList();
    }

    /** Fills the cell and adds {@code message} to its comment (a cell with two problems gets both). */
    private static void mark(Workbook workbook, Drawing<?> drawing, Row row, int column, String message,
            CellStyle bad) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellStyle(bad);
        Comment comment = cell.getCellComment();
        CreationHelper factory = workbook.getCreationHelper();
        if (comment != null) {
            comment.setString(factory.createRichTextString(comment.getString().getString() + "\n" + message));
            return;
        }
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 4);
        anchor.setRow1(row.getRowNum());
        anchor.setRow2(row.getRowNum() + 4);
        comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(message));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The report's few styles, made once per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle bad;
        final CellStyle wrapped;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            bad = workbook.createCellStyle();
            bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
