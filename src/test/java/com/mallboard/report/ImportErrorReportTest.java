package com.mallboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.importing.ImportPreview;
import com.mallboard.product.importing.ProductImport;
import com.mallboard.sheet.SampleSheets;
import com.mallboard.sheet.Sheet;
import com.mallboard.sheet.SheetReader;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.StageGates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook of problem rows a merchandiser fixes and imports again, reopened with POI. */
class ImportErrorReportTest {
    private static final Messages KOREAN = new Messages(Locale.KOREAN);

    @TempDir
    Path dir;

    @Test
    void problemRowsKeepTheirValuesAndColumnsWithBadCellsFilledAndExplained() throws IOException {
        TestStore store = TestStore.open(dir.resolve("store"));
        Path file = SampleSheets.xlsx(dir.resolve("season.xlsx"), List.of(
                List.of("SKU", "상품명", "목표 판매가", "출시 예정일", "메모"),
                Arrays.asList("OK-1", "괜찮은 상품", 10_000, null, "fine"),
                Arrays.asList("BAD-1", "가격과 날짜", "문의", "다음 주", "fix me"),
                Arrays.asList("OK-2", "또 괜찮은 상품", 12_000, null, null),
                Arrays.asList("BAD-2", null, 9_000, null, null)));
        Sheet sheet = SheetReader.read(file);
        ImportPreview preview = new ProductImport(store.products(), StageGates.defaults().startingCheck()).preview(sheet);
        Path report = dir.resolve("problems.xlsx");

        new ImportErrorReport(KOREAN).save(report, sheet.table(Sheet.FIRST_ROW), preview);

        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet errors = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("가져오기 오류");
            XSSFRow header = errors.getRow(0);
            assertThat(List.of(header.getCell(0), header.getCell(2), header.getCell(5), header.getCell(6)))
                    .extracting(XSSFCell::getStringCellValue).containsExactly("SKU", "목표 판매가", "파일의 행", "문제");
            assertThat(errors.getLastRowNum()).as("only the two problem rows").isEqualTo(2);

            XSSFRow first = errors.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("BAD-1");
            assertThat(first.getCell(2).getStringCellValue()).as("the value as the user wrote it").isEqualTo("문의");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("fix me");
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(3);
            String priceMessage = KOREAN.get("import.cell.number", "문의");
            String dateMessage = KOREAN.get("import.cell.date", "다음 주");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("C3: " + priceMessage + "\nD3: " + dateMessage);
            assertThat(first.getCell(6).getCellStyle().getWrapText()).isTrue();
            assertBad(first.getCell(2), priceMessage);
            assertBad(first.getCell(3), dateMessage);
            assertThat(first.getCell(0).getCellComment()).isNull();
            assertThat(first.getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);

            XSSFRow second = errors.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("BAD-2");
            assertThat(second.getCell(5).getNumericCellValue()).isEqualTo(5);
            assertBad(second.getCell(1), KOREAN.get("validation.required"));
            assertThat(errors.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    private static void assertBad(XSSFCell cell, String message) {
        assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(cell.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
        assertThat(cell.getCellComment().getString().getString()).isEqualTo(message);
        assertThat(cell.getCellComment().getAuthor()).isEqualTo("Mallboard");
    }
}
