package com.mallboard.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.report.ExportProgress;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportSheet;
import com.mallboard.report.ReportWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A saved report read back with POI, cells found by their column's header as a manager would. */
final class SavedWorkbook implements AutoCloseable {
    private final XSSFWorkbook workbook;

    private SavedWorkbook(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** Writes {@code sheet} alone into a streamed workbook saved at {@code target}, checks its row count, reads it back. */
    static SavedWorkbook written(ReportSheet sheet, ReportRequest request, Path target, long expectedRows)
            throws IOException {
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            assertThat(sheet.write(workbook, request, ExportProgress.NONE, () -> false)).isEqualTo(expectedRows);
            workbook.saveTo(target);
        }
        return open(target);
    }

    static SavedWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new SavedWorkbook(new XSSFWorkbook(in));
        }
    }

    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    XSSFSheet sheet(String name) {
        XSSFSheet sheet = workbook.getSheet(name);
        assertThat(sheet).as("sheet %s", name).isNotNull();
        return sheet;
    }

    static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    /** The cell of data row {@code row} (1 = first under the header) in the column headed {@code header}. */
    static Cell cell(XSSFSheet sheet, int row, String header) {
        int column = headers(sheet).indexOf(header);
        assertThat(column).as("column %s in %s", header, headers(sheet)).isNotNegative();
        Row data = sheet.getRow(row);
        assertThat(data).as("row %d of %s", row, sheet.getSheetName()).isNotNull();
        return data.getCell(column);
    }

    static double number(XSSFSheet sheet, int row, String header) {
        return cell(sheet, row, header).getNumericCellValue();
    }

    static String text(XSSFSheet sheet, int row, String header) {
        return cell(sheet, row, header).getStringCellValue();
    }

    static String format(XSSFSheet sheet, int row, String header) {
        return cell(sheet, row, header).getCellStyle().getDataFormatString();
    }

    static List<XSSFChart> charts(XSSFSheet sheet) {
        return sheet.getDrawingPatriarch() == null ? List.of() : sheet.getDrawingPatriarch().getCharts();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
