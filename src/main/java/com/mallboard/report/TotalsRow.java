package com.mallboard.report;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * A bold totals row right under a table, outside its autofilter range so sorting leaves it at the bottom. Each total
 * is a live formula, {@code SUBTOTAL(109, B2:B40)}: it sums only the rows the manager's filter leaves visible and
 * follows edits. The sum is also stored as the formula's cached result, so viewers that do not recalculate on
 * opening (LibreOffice's default for xlsx) still show it.
 */
final class TotalsRow {
    private static final String SUM_OF_VISIBLE = "SUBTOTAL(109,%s%d:%s%d)";

    private TotalsRow() {
    }

    static <T> void write(WrittenTable<T> table, String label, List<Integer> columns, Map<CellKind, CellStyle> styles) {
        int count = table.rowCount();
        if (count == 0) {
            return;
        }
        Sheet sheet = table.sheet();
        Workbook workbook = sheet.getWorkbook();
        Row row = sheet.createRow(count + 1);
        Cell labelCell = row.createCell(0);
        labelCell.setCellValue(label);
        labelCell.setCellStyle(bold(workbook, null));
        for (int column : columns) {
            Column<T> spec = table.columns().get(column);
            String letter = CellReference.convertNumToColString(column);
            Cell cell = row.createCell(column);
            cell.setCellFormula(String.format(SUM_OF_VISIBLE, letter, 2, letter, count + 1));
            cell.setCellValue(sum(table, spec));
            cell.setCellStyle(bold(workbook, styles.get(spec.kind())));
        }
    }

    private static <T> double sum(WrittenTable<T> table, Column<T> column) {
        double total = 0;
        for (T item : table.rows()) {
            if (column.value().apply(item) instanceof Number number) {
                total += number.doubleValue();
            }
        }
        return total;
    }

    private static CellStyle bold(Workbook workbook, CellStyle format) {
        CellStyle style = workbook.createCellStyle();
        if (format != null) {
            style.cloneStyleFrom(format);
        }
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }
}
