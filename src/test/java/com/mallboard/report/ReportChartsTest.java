package com.mallboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STCrossBetween;

class ReportChartsTest {
    private record Day(LocalDate day, long planned, long shipped) {
    }

    private static final List<Column<Day>> COLUMNS = List.of(
            new Column<>("Day", CellKind.DATE, Day::day),
            new Column<>("Planned", CellKind.NUMBER, Day::planned),
            new Column<>("Shipped", CellKind.NUMBER, Day::shipped));
    private static final List<Day> DAYS = List.of(new Day(LocalDate.of(2026, 11, 1), 3, 1),
            new Day(LocalDate.of(2026, 11, 2), 5, 2));

    @TempDir
    Path folder;

    @Test
    void aSecondChartGoesBelowTheFirstAndBarsSitBetweenTicks() throws IOException {
        Path target = folder.resolve("charts.xlsx");
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            WrittenTable<Day> days = workbook.table("Days", COLUMNS, DAYS, ExportProgress.NONE, () -> false);
            workbook.chart(days, new ChartSpec(ChartSpec.Kind.BAR, "Bars", 0, List.of(1, 2)));
            workbook.chart(days, new ChartSpec(ChartSpec.Kind.LINE, "Lines", 0, List.of(1, 2)));
            workbook.saveTo(target);
        }

        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Days");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).extracting(chart -> chart.getTitleText().getString()).containsExactly("Bars", "Lines");
            assertThat(charts.get(0).getCTChart().getPlotArea().getValAxArray(0).getCrossBetween().getVal())
                    .isEqualTo(STCrossBetween.BETWEEN);

            assertThat(charts.get(1).getChartSeries().get(0)).isInstanceOf(XDDFLineChartData.class);
            int firstRow = sheet.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0).getFrom().getRow();
            int secondRow = sheet.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(1).getFrom().getRow();
            assertThat(secondRow).as("the second chart goes below the first").isGreaterThan(firstRow + 19);
        }
    }
}
