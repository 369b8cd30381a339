package com.mallboard.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Courier files as tests need them, written the way Excel and courier sites write them: workbooks with POI (numbers
 * stored as numbers, dates as dates), CSV in CP949 or UTF-8 with a BOM.
 */
public final class SampleSheets {
    /** CP949 as Korean Windows writes it. */
    public static final Charset CP949 = Charset.forName("MS949");

    private SampleSheets() {
    }

    /** An {@code .xlsx} whose cells are typed by the values: String, Number, LocalDate, or null for no cell. */
    public static Path xlsx(Path file, List<List<Object>> rows) {
        return workbook(new XSSFWorkbook(), file, rows);
    }

    /** The same as an old-style {@code .xls}. */
    public static Path xls(Path file, List<List<Object>> rows) {
        return workbook(new HSSFWorkbook(), file, rows);
    }

    private static Path workbook(Workbook workbook, Path file, List<List<Object>> rows) {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Delimited text; cells holding the delimiter or a quote are quoted. */
    public static Path csv(Path file, Charset charset, boolean bom, char delimiter, List<List<String>> rows) {
        String text = rows.stream().map(row -> row.stream().map(c -> quoted(c, delimiter))
                .collect(Collectors.joining(String.valueOf(delimiter)))).collect(Collectors.joining("\r\n")) + "\r\n";
        byte[] body = text.getBytes(charset);
        byte[] prefix = bom ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[0];
        try {
            Files.write(file, concat(prefix, body));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Comma-separated CP949, as Korean courier sites' "CSV" downloads usually are. */
    public static Path cp949Csv(Path file, List<List<String>> rows) {
        return csv(file, CP949, false, ',', rows);
    }

    public static Path utf8Csv(Path file, List<List<String>> rows) {
        return csv(file, StandardCharsets.UTF_8, true, ',', rows);
    }

    private static String quoted(String cell, char delimiter) {
        return cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
