package com.mallboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.common.Messages;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWorkbookTest {
    private record StageCount(String stage, long products, double averageDays) {
    }

    private record Day(LocalDate day, long orders) {
    }

    private static final List<Column<StageCount>> STAGE_COLUMNS = List.of(
            new Column<>("단계", CellKind.TEXT, StageCount::stage),
            new Column<>("상품 수", CellKind.NUMBER, StageCount::products),
            new Column<>("평균 일수", CellKind.DECIMAL, StageCount::averageDays));
    private static final List<Column<Day>> DAY_COLUMNS = List.of(
            new Column<>("Day", CellKind.DATE, Day::day),
            new Column<>("Orders", CellKind.NUMBER, Day::orders));

    @TempDir
    Path folder;

    @Test
    void writesSeveralSheetsWithNativeChartsThatReferToTheirCells() throws IOException {
        Path target = folder.resolve("report.xlsx");
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            WrittenTable<StageCount> stages = workbook.table("파이프라인", STAGE_COLUMNS, List.of(
                    new StageCount("기획", 12, 3.5), new StageCount("소싱", 7, 10.25)), ExportProgress.NONE, () -> false);
            workbook.chart(stages, new ChartSpec(ChartSpec.Kind.BAR, "단계별 상품 수", 0, List.of(1)));
            WrittenTable<Day> days = workbook.table("Orders/day", DAY_COLUMNS, List.of(
                    new Day(LocalDate.of(2026, 11, 1), 4), new Day(LocalDate.of(2026, 11, 2), 9)),
                    ExportProgress.NONE, () -> false);
            workbook.chart(days, new ChartSpec(ChartSpec.Kind.LINE, "Orders per day", 0, List.of(1)));
            assertThat(workbook.sheetNames()).containsExactly("파이프라인", "Orders day");
            workbook.saveTo(target);
        }

        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet pipeline = workbook.getSheet("파이프라인");
            assertThat(pipeline.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(10.25);
            assertThat(pipeline.getRow(2).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            XSSFChart bar = onlyChart(pipeline);
            assertThat(bar.getTitleText().getString()).isEqualTo("단계별 상품 수");
            XDDFChartData barData = bar.getChartSeries().get(0);
            assertThat(barData).isInstanceOf(XDDFBarChartData.class);
            assertThat(barData.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("파이프라인!$A$2:$A$3");
            assertThat(barData.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("파이프라인!$B$2:$B$3");
            assertThat(barData.getSeries(0).getValuesData().getPointAt(1)).isEqualTo(7.0);
            // without explicit colours LibreOffice draws an empty chart
            assertThat(barData.getSeries(0).getShapeProperties().getFillProperties())
                    .isInstanceOf(XDDFSolidFillProperties.class);

            XDDFChartData lineData = onlyChart(workbook.getSheet("Orders day")).getChartSeries().get(0);
            assertThat(lineData).isInstanceOf(XDDFLineChartData.class);
            assertThat(lineData.getSeries(0).getCategoryData().getPointAt(0)).isEqualTo("2026-11-01");
        }
    }

    @Test
    void aTotalsRowSumsTheVisibleRowsWithAFormulaBelowTheFilteredRange() throws IOException {
        Path target = folder.resolve("totals.xlsx");
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            WrittenTable<StageCount> stages = workbook.table("Pipeline", STAGE_COLUMNS, List.of(
                    new StageCount("기획", 12, 3.5), new StageCount("소싱", 7, 10.25)), ExportProgress.NONE, () -> false);
            workbook.totals(stages, "합계", List.of(1));
            WrittenTable<Day> empty = workbook.table("Empty", DAY_COLUMNS, List.of(), ExportProgress.NONE, () -> false);
            workbook.totals(empty, "합계", List.of(1));
            workbook.saveTo(target);
        }

        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet pipeline = workbook.getSheet("Pipeline");
            assertThat(pipeline.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C3");
            XSSFCell label = pipeline.getRow(3).getCell(0);
            assertThat(label.getStringCellValue()).isEqualTo("합계");
            assertThat(workbook.getFontAt(label.getCellStyle().getFontIndex()).getBold()).isTrue();
            XSSFCell total = pipeline.getRow(3).getCell(1);
            assertThat(total.getCellFormula()).isEqualTo("SUBTOTAL(109,B2:B3)");
            assertThat(total.getNumericCellValue()).as("cached for viewers that do not recalculate").isEqualTo(19.0);
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(workbook.getCreationHelper().createFormulaEvaluator().evaluate(total).getNumberValue())
                    .isEqualTo(19.0);
            assertThat(pipeline.getRow(3).getCell(2)).as("averages are not summed").isNull();
            assertThat(workbook.getSheet("Empty").getLastRowNum()).isZero();
        }
    }

    @Test
    void aCancelledWorkbookSavesNothingAndLeavesNoTempFiles() throws IOException {
        Path target = folder.resolve("old.xlsx");
        Files.writeString(target, "the report from last week");
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            assertThatThrownBy(() -> workbook.table("Days", DAY_COLUMNS,
                    List.of(new Day(LocalDate.of(2026, 1, 1), 1)), ExportProgress.NONE, () -> true))
                    .isInstanceOf(ExportCancelledException.class);
        }
        assertThat(Files.readString(target)).isEqualTo("the report from last week");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void theProductsViewKeepsOnlyWhatTheFilterMatches() throws IOException {
        TestStore store = TestStore.open(Files.createDirectory(folder.resolve("data")));
        store.createAt(Stage.PLANNING, TestStore.completeDetails("A-1").toBuilder().brand("라운드랩").build(), "vegan");
        store.createAt(Stage.PLANNING, TestStore.completeDetails("B-2").toBuilder().brand("라운드랩").build());
        store.createAt(Stage.PLANNING, TestStore.completeDetails("C-3").toBuilder().brand("아누아").build(), "vegan");
        ReportRequest request = new ReportRequest(new Messages(Messages.ENGLISH), null, null,
                new ReportFilter("라운드랩", null, " Vegan ", null), false);
        Path target = folder.resolve("products.xlsx");
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            assertThat(new ProductSheet(store.products(), new XlsxTableWriter())
                    .write(workbook, request, ExportProgress.NONE, () -> false)).isEqualTo(1);
            workbook.saveTo(target);
        }
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Products").getRow(1).getCell(0).getStringCellValue()).isEqualTo("A-1");
            assertThat(workbook.getSheet("Products").getLastRowNum()).isEqualTo(1);
        }
    }

    private static XSSFChart onlyChart(XSSFSheet sheet) {
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        return charts.get(0);
    }
}
