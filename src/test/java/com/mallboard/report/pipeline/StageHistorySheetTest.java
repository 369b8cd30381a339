package com.mallboard.report.pipeline;

import static com.mallboard.report.pipeline.SavedWorkbook.cell;
import static com.mallboard.report.pipeline.SavedWorkbook.charts;
import static com.mallboard.report.pipeline.SavedWorkbook.format;
import static com.mallboard.report.pipeline.SavedWorkbook.headers;
import static com.mallboard.report.pipeline.SavedWorkbook.number;
import static com.mallboard.report.pipeline.SavedWorkbook.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.product.StageMove;
import com.mallboard.report.ExportCancelledException;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ReportFilter;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportWorkbook;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageHistorySheetTest {
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);
    private static final ReportRequest NOVEMBER = request(ENGLISH, ReportFilter.NONE);

    @TempDir
    Path folder;
    private TestStore store;
    private StageHistorySheet sheet;

    /**
     * OLD-6 entered planning on 20 October and sourcing on the 25th. On 1 November (10:00 in Seoul) SERUM-1, TONER-2
     * (Round Lab) and MASK-3 enter planning; SERUM-1 moves to sourcing on the 5th and labeling on the 15th; TONER-2
     * goes to sourcing on the 10th and is sent back to planning on the 12th. Today is 25 November.
     */
    @BeforeEach
    void setUp() throws IOException {
        store = TestStore.open(Files.createDirectory(folder.resolve("data")));
        at("2026-10-20");
        Product old = create("OLD-6", "Anua");
        at("2026-10-25");
        move(old, Stage.SOURCING);
        at("2026-11-01");
        Product serum = create("SERUM-1", "Anua");
        Product toner = create("TONER-2", "Round Lab");
        create("MASK-3", "Anua");
        at("2026-11-05");
        serum = move(serum, Stage.SOURCING);
        at("2026-11-10");
        toner = move(toner, Stage.SOURCING);
        at("2026-11-12");
        move(toner, Stage.PLANNING);
        at("2026-11-15");
        move(serum, Stage.LABELING);
        store.clock().set(TestClock.START);
        sheet = new StageHistorySheet(store.products(), store.clock());
    }

    @Test
    void everyMoveOfThePeriodWithTheDaysSpentInTheStageItLeft() throws IOException {
        try (SavedWorkbook saved = export(NOVEMBER, 7 + 4 + 25)) {
            assertThat(saved.sheetNames()).containsExactly("Stage history", "Cycle time", "Cumulative flow");
            XSSFSheet moves = saved.sheet("Stage history");
            assertThat(headers(moves)).containsExactly("SKU", "Name", "Brand", "Influencer / partner", "From stage",
                    "To stage", "Moved on", "Moved by", "Days in the stage left");
            assertThat(moves.getLastRowNum()).isEqualTo(7);
            assertThat(cell(moves, 1, "From stage")).isNull();
            assertThat(text(moves, 1, "To stage")).isEqualTo("Planning");
            assertThat(cell(moves, 1, "Days in the stage left")).isNull();

            assertThat(text(moves, 4, "SKU")).isEqualTo("SERUM-1");
            assertThat(text(moves, 4, "Brand")).isEqualTo("Anua");
            assertThat(text(moves, 4, "From stage")).isEqualTo("Planning");
            assertThat(text(moves, 4, "To stage")).isEqualTo("Sourcing");
            assertThat(DateUtil.isCellDateFormatted(cell(moves, 4, "Moved on"))).isTrue();
            assertThat(cell(moves, 4, "Moved on").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 5));
            assertThat(text(moves, 4, "Moved by")).isEqualTo(TestStore.USER);
            assertThat(number(moves, 4, "Days in the stage left")).isEqualTo(4.0);
            assertThat(format(moves, 4, "Days in the stage left")).isEqualTo("#,##0.0");

            assertThat(text(moves, 6, "SKU")).isEqualTo("TONER-2");
            assertThat(text(moves, 6, "To stage")).isEqualTo("Planning");
            assertThat(number(moves, 6, "Days in the stage left")).isEqualTo(2.0);
            assertThat(text(moves, 7, "To stage")).isEqualTo("Labeling");
            assertThat(number(moves, 7, "Days in the stage left")).isEqualTo(10.0);
        }
    }

    @Test
    void cycleTimeCountsTheStaysThatEndedInThePeriodWithABarChart() throws IOException {
        try (SavedWorkbook saved = export(NOVEMBER, 36)) {
            XSSFSheet cycle = saved.sheet("Cycle time");
            assertThat(headers(cycle)).containsExactly("Stage", "Stays ended", "Average days", "Median days",
                    "85th percentile days");
            assertThat(cycle.getLastRowNum()).isEqualTo(4);
            assertThat(text(cycle, 1, "Stage")).isEqualTo("Planning");
            assertThat(number(cycle, 1, "Stays ended")).isEqualTo(2); // SERUM-1 4 days, TONER-2 9; OLD-6 in October
            assertThat(format(cycle, 1, "Stays ended")).isEqualTo("#,##0");
            assertThat(number(cycle, 1, "Average days")).isEqualTo(6.5);
            assertThat(number(cycle, 1, "Median days")).isEqualTo(6.5);
            assertThat(number(cycle, 1, "85th percentile days")).isCloseTo(8.25, within(1e-9));
            assertThat(format(cycle, 1, "85th percentile days")).isEqualTo("#,##0.0");
            assertThat(number(cycle, 2, "85th percentile days")).isCloseTo(8.8, within(1e-9));
            assertThat(number(cycle, 3, "Stays ended")).isZero();
            assertThat(cell(cycle, 3, "Average days")).isNull();

            XSSFChart chart = charts(cycle).get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Cycle time per stage (days)");
            XDDFChartData bars = chart.getChartSeries().get(0);
            assertThat(bars).isInstanceOf(XDDFBarChartData.class);
            assertThat(bars.getSeriesCount()).isEqualTo(3);
            assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("'Cycle time'!$A$2:$A$5");
            assertThat(bars.getSeries(2).getValuesData().getDataRangeReference()).isEqualTo("'Cycle time'!$E$2:$E$5");
        }
    }

    @Test
    void cumulativeFlowCountsProductsInOrPastEachStagePerDayUntilTodayWithALineChart() throws IOException {
        try (SavedWorkbook saved = export(NOVEMBER, 36)) {
            XSSFSheet flow = saved.sheet("Cumulative flow");
            assertThat(headers(flow)).containsExactly("Day", "Planning or later", "Sourcing or later",
                    "Labeling or later", "Shipment or later", "Done or later");
            assertThat(flow.getLastRowNum()).isEqualTo(25);
            assertThat(cell(flow, 1, "Day").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(format(flow, 1, "Day")).isEqualTo("yyyy-mm-dd");
            assertThat(number(flow, 1, "Planning or later")).isEqualTo(4);
            assertThat(number(flow, 1, "Sourcing or later")).isEqualTo(1);
            assertThat(number(flow, 5, "Sourcing or later")).isEqualTo(2);
            assertThat(number(flow, 10, "Sourcing or later")).isEqualTo(3);
            assertThat(number(flow, 12, "Sourcing or later")).isEqualTo(2);
            assertThat(number(flow, 15, "Labeling or later")).isEqualTo(1);
            assertThat(cell(flow, 25, "Day").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(number(flow, 25, "Done or later")).isZero();

            XSSFChart chart = charts(flow).get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Cumulative flow (products in or past each stage)");
            XDDFChartData lines = chart.getChartSeries().get(0);
            assertThat(lines).isInstanceOf(XDDFLineChartData.class);
            assertThat(lines.getSeriesCount()).isEqualTo(5);
            assertThat(lines.getSeries(0).getCategoryData().getDataRangeReference())
                    .isEqualTo("'Cumulative flow'!$A$2:$A$26");
            assertThat(lines.getSeries(1).getValuesData().getDataRangeReference())
                    .isEqualTo("'Cumulative flow'!$C$2:$C$26");
            assertThat(lines.getSeries(1).getValuesData().getPointAt(9)).isEqualTo(3.0);
        }
    }

    @Test
    void theFilterKeepsOneBrandAndKoreanHeadsEverySheet() throws IOException {
        ReportRequest roundLab = request(new Messages(Messages.KOREAN), new ReportFilter("Round Lab", null, null, null));
        try (SavedWorkbook saved = export(roundLab, 3 + 4 + 25)) {
            assertThat(saved.sheetNames()).containsExactly("단계 이력", "사이클 타임", "누적 흐름");
            XSSFSheet moves = saved.sheet("단계 이력");
            assertThat(moves.getLastRowNum()).isEqualTo(3);
            assertThat(text(moves, 3, "이동한 단계")).isEqualTo("기획");
            assertThat(number(saved.sheet("누적 흐름"), 1, "기획 이상")).isEqualTo(1);
            assertThat(charts(saved.sheet("사이클 타임")).get(0).getTitleText().getString())
                    .isEqualTo("단계별 사이클 타임 (일)");
        }
    }

    @Test
    void anEmptyStoreGivesEmptyTablesAndNinetyDaysOfZeros() throws IOException {
        store.products().active().forEach(p -> store.products().moveToTrash(p.id()));
        try (SavedWorkbook saved = export(ReportRequest.everything(ENGLISH), 4 + 90)) {
            assertThat(saved.sheet("Stage history").getLastRowNum()).isZero();
            XSSFSheet flow = saved.sheet("Cumulative flow");
            assertThat(flow.getLastRowNum()).isEqualTo(90);
            assertThat(number(flow, 90, "Planning or later")).isZero();
        }
    }

    @Test
    void cancellingStopsTheExportBeforeAnythingIsSaved() {
        Path target = folder.resolve("cancelled.xlsx");
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            assertThatThrownBy(() -> sheet.write(workbook, NOVEMBER, ExportProgress.NONE, () -> true))
                    .isInstanceOf(ExportCancelledException.class);
        }
        assertThat(target).doesNotExist();
    }

    private SavedWorkbook export(ReportRequest request, long expectedRows) throws IOException {
        return SavedWorkbook.written(sheet, request, folder.resolve("history.xlsx"), expectedRows);
    }

    private static ReportRequest request(Messages messages, ReportFilter filter) {
        return new ReportRequest(messages, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), filter, false);
    }

    /** 10:00 in Seoul on {@code day}. */
    private void at(String day) {
        store.clock().set(Instant.parse(day + "T01:00:00Z"));
    }

    private Product create(String sku, String brand) {
        return store.createAt(Stage.PLANNING, TestStore.completeDetails(sku).toBuilder().brand(brand).build());
    }

    private Product move(Product product, Stage to) {
        return store.productRepository().changeStage(product.id(), product.version(), new StageMove(product.id(),
                product.stage(), to, store.clock().instant(), TestStore.USER, null));
    }
}
