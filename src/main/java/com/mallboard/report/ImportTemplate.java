package com.mallboard.report;

import com.mallboard.common.Messages;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The product import template: a first sheet with the header the import reads (in the app's language), each column
 * formatted for what it holds (the barcode as text), date and won cells checked as they are typed, brands offered as
 * a list, the stage picked from the stages' names only; and a second sheet explaining every column and how updates
 * work.
 */
public final class ImportTemplate {
    /** Rows of the products sheet that carry the cell checks; a season's import is a few hundred products. */
    static final int CHECKED_ROWS = 2000;
    /** Excel refuses an explicit list longer than 255 characters; longer brand lists go to a hidden sheet. */
    private static final int INLINE_LIST_LIMIT = 255;

    private final Messages messages;

    public ImportTemplate(Messages messages) {
        this.messages = messages;
    }

    /** Writes the template to {@code target}; {@code brands} are the brands already in the store. */
    public void save(Path target, List<String> brands) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet products = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    messages.get("import.template.sheet")));
            writeHeader(workbook, products);
            new TemplateInstructions(messages).write(workbook, workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    messages.get("import.template.instructions.sheet"))));
            addChecks(workbook, products, brands);
            workbook.setActiveSheet(0);
            ReportWorkbook.save(workbook, target);
        } catch (java.io.IOException e) {
            throw new ExportException(ExportException.WRITE_FAILED, e, target.toString());
        }
    }

    private void writeHeader(Workbook workbook, Sheet sheet) {
        List<TemplateColumn> columns = TemplateColumn.all();
        CellStyle required = headerStyle(workbook, IndexedColors.LIGHT_ORANGE);
        CellStyle optional = headerStyle(workbook, IndexedColors.GREY_25_PERCENT);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            TemplateColumn column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(messages.get(column.headerKey()));
            cell.setCellStyle(column.required() ? required : optional);
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(column.format()));
            sheet.setDefaultColumnStyle(c, style);
            sheet.setColumnWidth(c, Math.max(column.width(),
                    ReportWorkbook.displayWidth(cell.getStringCellValue()) + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private void addChecks(Workbook workbook, Sheet sheet, List<String> brands) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        List<TemplateColumn> columns = TemplateColumn.all();
        for (int c = 0; c < columns.size(); c++) {
            TemplateColumn column = columns.get(c);
            DataValidationConstraint constraint = constraint(helper, workbook, column, brands);
            if (constraint == null) {
                continue;
            }
            DataValidation check = helper.createValidation(constraint, new CellRangeAddressList(1, CHECKED_ROWS, c, c));
            String key = "import.template.check." + column.keySuffix();
            check.createPromptBox(messages.get(column.headerKey()), messages.get(key + ".prompt"));
            check.setShowPromptBox(true);
            check.createErrorBox(messages.get(column.headerKey()), messages.get(key + ".error"));
            check.setShowErrorBox(true);
            // a new brand is fine: the list only helps to spell the known ones the same way
            check.setErrorStyle(column.field() == ProductField.BRAND ? DataValidation.ErrorStyle.INFO
                    : DataValidation.ErrorStyle.STOP);
            check.setEmptyCellAllowed(true);
            sheet.addValidationData(check);
        }
    }

    private DataValidationConstraint constraint(DataValidationHelper helper, Workbook workbook, TemplateColumn column,
            List<String> brands) {
        if (column.field() == ProductField.BRAND) {
            return brands.isEmpty() ? null : listConstraint(helper, workbook, brands);
        }
        if (column.stage()) {
            return helper.createExplicitListConstraint(stageNames().toArray(String[]::new));
        }
        return switch (column.kind()) {
            case DATE -> helper.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2100,12,31)",
                    ReportWorkbook.DATE_FORMAT);
            case CURRENCY, NUMBER -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            default -> column.field() == ProductField.BARCODE
                    ? helper.createTextLengthConstraint(OperatorType.BETWEEN, "8", "14") : null;
        };
    }

    /** The stages' names in the template's language, in board order: what the stage column's list offers. */
    List<String> stageNames() {
        return Arrays.stream(Stage.values()).map(stage -> messages.get(stage.messageKey())).toList();
    }

    private DataValidationConstraint listConstraint(DataValidationHelper helper, Workbook workbook,
            List<String> brands) {
        String inline = String.join(",", brands);
        boolean plain = brands.stream().noneMatch(b -> b.contains(",") || b.contains("\""));
        if (plain && inline.length() <= INLINE_LIST_LIMIT) {
            return helper.createExplicitListConstraint(brands.toArray(String[]::new));
        }
        String name = WorkbookUtil.createSafeSheetName(messages.get("import.template.lists.sheet"));
        Sheet lists = workbook.createSheet(name);
        for (int i = 0; i < brands.size(); i++) {
            lists.createRow(i).createCell(0).setCellValue(brands.get(i));
        }
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        return helper.createFormulaListConstraint("'" + name + "'!$A$1:$A$" + brands.size());
    }

    private static CellStyle headerStyle(Workbook workbook, IndexedColors fill) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
