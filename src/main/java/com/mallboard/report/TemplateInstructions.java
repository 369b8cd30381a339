package com.mallboard.report;

import com.mallboard.common.Messages;
import com.mallboard.product.ProductField;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The template's second sheet: every column (required or not, format, example), then how an import updates. */
final class TemplateInstructions {
    static final int RULES = 5;
    private static final List<String> HEADERS = List.of("column", "required", "format", "example");

    private final Messages messages;

    TemplateInstructions(Messages messages) {
        this.messages = messages;
    }

    void write(Workbook workbook, Sheet sheet) {
        CellStyle bold = bold(workbook, true);
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADERS.size(); c++) {
            header.createCell(c).setCellValue(messages.get("import.template.instructions." + HEADERS.get(c)));
            header.getCell(c).setCellStyle(bold);
        }
        List<TemplateColumn> columns = TemplateColumn.all();
        for (int i = 0; i < columns.size(); i++) {
            TemplateColumn column = columns.get(i);
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(messages.get(column.headerKey()));
            row.createCell(1).setCellValue(messages.get(column.required() ? "import.template.required"
                    : "import.template.optional"));
            row.createCell(2).setCellValue(messages.get("import.template.format." + format(column)));
            row.createCell(3).setCellValue(messages.get("import.template.example." + column.keySuffix()));
        }
        int next = columns.size() + 2;
        sheet.createRow(next).createCell(0).setCellValue(messages.get("import.template.rules.title"));
        sheet.getRow(next).getCell(0).setCellStyle(bold(workbook, false));
        for (int r = 1; r <= RULES; r++) {
            sheet.createRow(next + r).createCell(0).setCellValue(messages.get("import.template.rules." + r));
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(3, 30 * 256);
        sheet.createFreezePane(0, 1);
        ImportErrorReport.fitToPageWidth(sheet);
    }

    private static String format(TemplateColumn column) {
        if (column.field() == null) {
            return column.keySuffix();
        }
        if (column.field() == ProductField.BARCODE) {
            return "barcode";
        }
        return column.kind().name().toLowerCase(Locale.ROOT);
    }

    private static CellStyle bold(Workbook workbook, boolean filled) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        if (filled) {
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
