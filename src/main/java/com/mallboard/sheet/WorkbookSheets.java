package com.mallboard.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The first sheet of an {@code .xlsx} or {@code .xls} workbook with Apache POI, as text. Numbers in the "General"
 * format are written out in full: Excel itself would show a 12-digit tracking number as {@code 6.88012E+11}, and
 * order ids typed as text keep their dashes. Dates read as Excel shows them. Formulas give their last computed value.
 */
final class WorkbookSheets {
    private static final double LARGEST_EXACT = 1e15;

    private WorkbookSheets() {
    }

    static Sheet read(Path file) {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new SheetException("sheet.error.empty", null);
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return new Sheet(rows);
        } catch (EncryptedDocumentException e) {
            throw new SheetException("sheet.error.encrypted", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetException sheet) {
                throw sheet;
            }
            throw new SheetException("sheet.error.unreadable", e, file.getFileName());
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> number(cell, formatter);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static String number(Cell cell, DataFormatter formatter) {
        double value = cell.getNumericCellValue();
        CellStyle style = cell.getCellStyle();
        String formatted = formatter.formatRawCellContents(value, style.getDataFormat(), style.getDataFormatString());
        if (DateUtil.isCellDateFormatted(cell)) {
            return formatted;
        }
        String plain = plain(value);
        boolean general = "General".equalsIgnoreCase(style.getDataFormatString());
        if (general || formatted.contains("E") || formatted.replace(",", "").equals(plain)) {
            return plain;
        }
        return formatted;
    }

    /** Whole numbers without a decimal point or exponent; others with as many digits as they need. */
    private static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
