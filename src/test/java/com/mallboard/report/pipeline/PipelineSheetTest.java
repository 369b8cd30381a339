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
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineSheetTest {
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);
    private static final Messages KOREAN = new Messages(Messages.KOREAN);
    private static final ReportRequest NOVEMBER = new ReportRequest(ENGLISH, LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30), ReportFilter.NONE, false);

    @TempDir
    Path folder;
    private TestStore store;
    private PipelineSheet sheet;

    /**
     * On 1 November (10:00 in Seoul) three products enter planning: SERUM-1 (Anua, 소라) walks on to sourcing on the
     * 5th and labeling on the 15th; TONER-2 (Round Lab, no influencer) has an action due on the 20th; MASK-3 (Anua,
     * 소라) launches on 1 December. Today is 25 November; planning's WIP limit is 3. A trashed product is left out.
     */
    @BeforeEach
    void setUp() throws IOException {
        store = TestStore.open(Files.createDirectory(folder.resolve("data")));
        TestClock clock = store.clock();
        clock.set(Instant.parse("2026-11-01T01:00:00Z"));
        Product serum = create("SERUM-1", "Anua", "소라", LocalDate.of(2027, 3, 2));
        Product toner = create("TONER-2", "Round Lab", null, LocalDate.of(2027, 3, 2));
        create("MASK-3", "Anua", "소라", LocalDate.of(2026, 12, 1));
        Product gone = create("GONE-4", "Anua", "소라", null);
        store.products().moveToTrash(gone.id());
        clock.set(Instant.parse("2026-11-05T01:00:00Z"));
        serum = move(serum, Stage.SOURCING);
        clock.set(Instant.parse("2026-11-15T01:00:00Z"));
        move(serum, Stage.LABELING);
        clock.set(TestClock.START);
        store.products().addAction(toner.id(), "샘플 요청", Stage.PLANNING, LocalDate.of(2026, 11, 20));
        store.products().addAction(toner.id(), "단가 협상", Stage.PLANNING, LocalDate.of(2026, 11, 25));
        store.boardSettings().setWipLimit(Stage.PLANNING, 3);
        sheet = new PipelineSheet(store.products(), store.boardSettings(), store.launchRisk(), clock);
    }

    @Test
    void theStageTableCountsWipWithLimitsDaysOverdueActionsAndRisks() throws IOException {
        try (SavedWorkbook saved = export(NOVEMBER, 2 + 2 + 2 + 5)) {
            assertThat(saved.sheetNames()).containsExactly("Pipeline", "Pipeline by brand", "Pipeline by influencer",
                    "At risk and overdue");
            XSSFSheet pipeline = saved.sheet("Pipeline");
            assertThat(headers(pipeline)).containsExactly("Stage", "Products", "WIP limit", "Average days",
                    "Median days", "Overdue actions", "Launch at risk");
            assertThat(pipeline.getLastRowNum()).as("five stages and the totals").isEqualTo(6);
            assertThat(text(pipeline, 6, "Stage")).isEqualTo("Total");
            assertThat(pipeline.getRow(6).getCell(1).getCellFormula()).isEqualTo("SUBTOTAL(109,B2:B6)");
            assertThat(pipeline.getRow(6).getCell(2)).as("WIP limits do not add up").isNull();
            assertThat(text(pipeline, 1, "Stage")).isEqualTo("Planning");
            assertThat(number(pipeline, 1, "Products")).isEqualTo(2);
            assertThat(format(pipeline, 1, "Products")).isEqualTo("#,##0");
            assertThat(number(pipeline, 1, "WIP limit")).isEqualTo(3);
            // TONER-2 and MASK-3 there for 24 days, SERUM-1 left after 4
            assertThat(number(pipeline, 1, "Average days")).isCloseTo(52.0 / 3, within(1e-9));
            assertThat(format(pipeline, 1, "Average days")).isEqualTo("#,##0.0");
            assertThat(number(pipeline, 1, "Median days")).isEqualTo(24);
            assertThat(number(pipeline, 1, "Overdue actions")).isEqualTo(1);
            assertThat(number(pipeline, 1, "Launch at risk")).isEqualTo(1);

            assertThat(text(pipeline, 2, "Stage")).isEqualTo("Sourcing");
            assertThat(number(pipeline, 2, "Products")).isZero();
            assertThat(cell(pipeline, 2, "WIP limit")).isNull();
            assertThat(number(pipeline, 2, "Median days")).isEqualTo(10);
            assertThat(number(pipeline, 3, "Products")).isEqualTo(1);
            assertThat(number(pipeline, 3, "Average days")).isEqualTo(10);
            assertThat(cell(pipeline, 4, "Average days")).isNull();
            assertThat(text(pipeline, 5, "Stage")).isEqualTo("Done");
            assertThat(cell(pipeline, 5, "Median days")).isNull();
        }
    }

    @Test
    void thePipelineSheetChartsProductsAndDaysPerStageOneBelowTheOther() throws IOException {
        try (SavedWorkbook saved = export(NOVEMBER, 11)) {
            List<XSSFChart> charts = charts(saved.sheet("Pipeline"));
            assertThat(charts).hasSize(2);
            XSSFChart products = charts.get(0);
            assertThat(products.getTitleText().getString()).isEqualTo("Products per stage");
            XDDFChartData bars = products.getChartSeries().get(0);
            assertThat(bars).isInstanceOf(XDDFBarChartData.class);
            assertThat(bars.getSeriesCount()).isEqualTo(1);
            assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("Pipeline!$A$2:$A$5");
            assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Pipeline!$B$2:$B$5");
            assertThat(bars.getSeries(0).getValuesData().getPointAt(0)).isEqualTo(2.0);

            XSSFChart days = charts.get(1);
            assertThat(days.getTitleText().getString()).isEqualTo("Days in stage (average and median)");
            XDDFChartData dayBars = days.getChartSeries().get(0);
            assertThat(dayBars).isInstanceOf(XDDFBarChartData.class);
            assertThat(dayBars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Pipeline!$D$2:$D$5");
            assertThat(dayBars.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("Pipeline!$E$2:$E$5");
            assertThat(anchorRow(saved.sheet("Pipeline"), 1)).isGreaterThan(anchorRow(saved.sheet("Pipeline"), 0) + 19);
        }
    }

    @Test
    void brandAndInfluencerSheetsCountProductsPerStageWithTheUnnamedLast() throws IOException {
        try (SavedWorkbook saved = export(NOVEMBER, 11)) {
            XSSFSheet brands = saved.sheet("Pipeline by brand");
            assertThat(headers(brands)).containsExactly("Brand", "Planning", "Sourcing", "Labeling", "Shipment",
                    "Done", "Total", "Overdue actions", "Launch at risk");
            assertThat(text(brands, 1, "Brand")).isEqualTo("Anua");
            assertThat(number(brands, 1, "Planning")).isEqualTo(1);
            assertThat(number(brands, 1, "Labeling")).isEqualTo(1);
            assertThat(number(brands, 1, "Total")).isEqualTo(2);
            assertThat(number(brands, 1, "Launch at risk")).isEqualTo(1);
            assertThat(text(brands, 2, "Brand")).isEqualTo("Round Lab");
            assertThat(number(brands, 2, "Overdue actions")).isEqualTo(1);

            XSSFSheet influencers = saved.sheet("Pipeline by influencer");
            assertThat(headers(influencers).get(0)).isEqualTo("Influencer / partner");
            assertThat(text(influencers, 1, "Influencer / partner")).isEqualTo("소라");
            assertThat(number(influencers, 1, "Total")).isEqualTo(2);
            assertThat(text(influencers, 2, "Influencer / partner")).isEqualTo("(none)");
        }
    }

    @Test
    void theAlertSheetListsRiskyAndOverdueProductsByLaunchDateWithTheRiskInWords() throws IOException {
        try (SavedWorkbook saved = export(NOVEMBER, 11)) {
            XSSFSheet alerts = saved.sheet("At risk and overdue");
            assertThat(alerts.getLastRowNum()).isEqualTo(2);
            assertThat(text(alerts, 1, "SKU")).isEqualTo("MASK-3");
            assertThat(text(alerts, 1, "Stage")).isEqualTo("Planning");
            assertThat(number(alerts, 1, "Days in stage")).isEqualTo(24);
            assertThat(DateUtil.isCellDateFormatted(cell(alerts, 1, "Launch date"))).isTrue();
            assertThat(cell(alerts, 1, "Launch date").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(text(alerts, 1, "Launch risk")).startsWith("needs ~22 days more, launch in 6 (")
                    .doesNotContain("\n");
            assertThat(cell(alerts, 1, "Overdue actions").getNumericCellValue()).isZero();
            assertThat(text(alerts, 2, "SKU")).isEqualTo("TONER-2");
            assertThat(number(alerts, 2, "Overdue actions")).isEqualTo(1);
            assertThat(cell(alerts, 2, "Launch risk")).isNull();
        }
    }

    @Test
    void theFilterKeepsOneBrandAndKoreanHeadsEverySheet() throws IOException {
        ReportRequest anua = new ReportRequest(KOREAN, null, null, new ReportFilter("Anua", null, null, null), false);
        try (SavedWorkbook saved = export(anua, 5 + 1 + 1 + 1)) {
            assertThat(saved.sheetNames()).containsExactly("파이프라인", "브랜드별 파이프라인", "인플루언서별 파이프라인",
                    "출시 위험·기한 초과");
            XSSFSheet pipeline = saved.sheet("파이프라인");
            assertThat(text(pipeline, 1, "단계")).isEqualTo("기획");
            assertThat(number(pipeline, 1, "상품 수")).isEqualTo(1);
            assertThat(number(pipeline, 3, "상품 수")).isEqualTo(1);
            assertThat(number(pipeline, 1, "기한 지난 할 일")).isZero();
            assertThat(charts(pipeline).get(0).getTitleText().getString()).isEqualTo("단계별 상품 수");
            assertThat(saved.sheet("브랜드별 파이프라인").getLastRowNum()).as("one brand and the totals").isEqualTo(2);
            assertThat(saved.sheet("브랜드별 파이프라인").getRow(2).getCell(0).getStringCellValue()).isEqualTo("합계");
        }
    }

    @Test
    void anEmptyStoreStillListsEveryStage() throws IOException {
        store.products().active().forEach(p -> store.products().moveToTrash(p.id()));
        try (SavedWorkbook saved = export(ReportRequest.everything(ENGLISH), 5)) {
            XSSFSheet pipeline = saved.sheet("Pipeline");
            assertThat(pipeline.getLastRowNum()).as("five stages and the totals").isEqualTo(6);
            assertThat(number(pipeline, 5, "Products")).isZero();
            assertThat(number(pipeline, 6, "Products")).isZero();
            assertThat(saved.sheet("Pipeline by brand").getLastRowNum()).isZero();
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
        return SavedWorkbook.written(sheet, request, folder.resolve("pipeline.xlsx"), expectedRows);
    }

    private Product create(String sku, String brand, String influencer, LocalDate launch) {
        return store.createAt(Stage.PLANNING, TestStore.completeDetails(sku).toBuilder().brand(brand)
                .influencer(influencer).launchDate(launch).build());
    }

    private Product move(Product product, Stage to) {
        return store.productRepository().changeStage(product.id(), product.version(), new StageMove(product.id(),
                product.stage(), to, store.clock().instant(), TestStore.USER, null));
    }

    /** The first row of the {@code index}th drawing on the sheet. */
    private static int anchorRow(XSSFSheet sheet, int index) {
        return sheet.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(index).getFrom().getRow();
    }
}
