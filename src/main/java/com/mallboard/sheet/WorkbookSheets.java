package com.mallboard.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An OLE2 file with POI's usermodel: an old {@code .xls} (BIFF8; at most 65,536 rows a sheet, so the whole
 * workbook fits in memory), or a password-protected {@code .xlsx}, which Office wraps in OLE2 and which POI reports
 * as encrypted. Cells read as in {@link XlsxStreamReader}: formulas by their last computed value, error values as
 * {@link CellFault}s.
 */
final class WorkbookSheets {

    private WorkbookSheets() {
    }

    static Sheet read(Path file, TableSearch search) {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            CellText cellText = new CellText();
            List<String> lookedAt = new ArrayList<>();
            boolean anyRows = false;
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                lookedAt.add(sheet.getSheetName());
                RowCollector collector = new RowCollector(sheet.getSheetName(), search, false);
                for (Row row : sheet) {
                    if (!collector.add(row(row, cellText))) {
                        break;
                    }
                }
                if (collector.found()) {
                    return collector.sheet();
                }
                anyRows |= collector.rejected();
            }
            throw anyRows ? new SheetException("sheet.error.no.table", null, String.join(", ", lookedAt))
                    : new SheetException("sheet.error.empty", null);
        } catch (IOException | RuntimeException e) {
            throw XlsxLimits.explain(e, file);
        }
    }

    private static SheetRow row(Row row, CellText cellText) {
        List<String> cells = new ArrayList<>();
        Map<Integer, CellFault> faults = new HashMap<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            Cell cell = row.getCell(c);
            cells.add(text(cell, cellText));
            if (cell != null && type(cell) == CellType.ERROR) {
                faults.put(c, new CellFault(CellFault.Kind.ERROR_VALUE, cells.get(c)));
            }
        }
        return new SheetRow(row.getRowNum() + 1, cells, faults);
    }

    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    private static String text(Cell cell, CellText cellText) {
        if (cell == null) {
            return "";
        }
        return switch (type(cell)) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> {
                CellStyle style = cell.getCellStyle();
                yield cellText.number(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }
}
