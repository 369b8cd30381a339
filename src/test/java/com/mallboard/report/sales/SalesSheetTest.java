package com.mallboard.report.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.mallboard.common.Messages;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ReportFilter;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportWorkbook;
import com.mallboard.report.ShopData;
import com.mallboard.report.orders.ReportOrders;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import java.io.IOException;
import java.time.Instant;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesSheetTest {
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);

    @TempDir
    Path folder;
    private ShopData shop;

    @BeforeEach
    void setUp() throws IOException {
        shop = new ShopData(folder);
    }

    @Test
    void salesLeaveCanceledOrdersOutAndAreSortedByRevenueWithTheirShare() {
        ReportOrders.Selection selection = new ReportOrders(shop.fx.orders, shop.fx.store.products())
                .read(ReportRequest.everything(ENGLISH));

        assertThat(SalesTotals.byInfluencer(selection, "(none)")).containsExactly(
                new SalesTotals.Row("소라", null, null, null, 2, 4, 120_000, 100.0 * 120_000 / 189_000),
                new SalesTotals.Row("민지", null, null, null, 2, 3, 60_000, 100.0 * 60_000 / 189_000),
                new SalesTotals.Row("(none)", null, null, null, 1, 1, 9_000, 100.0 * 9_000 / 189_000));
        assertThat(SalesTotals.byBrand(selection, "-")).extracting(SalesTotals.Row::name)
                .containsExactly("토리든", "라운드랩", "-");
        assertThat(SalesTotals.byProduct(selection)).containsExactly(
                new SalesTotals.Row("선크림", "SUN-1", "토리든", "소라", 2, 4, 120_000, 100.0 * 120_000 / 189_000),
                new SalesTotals.Row("수분 토너", "TONER-1", "라운드랩", "민지", 2, 3, 60_000, 100.0 * 60_000 / 189_000),
                new SalesTotals.Row("모르는 상품", "ODD-9", null, null, 1, 1, 9_000, 100.0 * 9_000 / 189_000));
    }

    @Test
    void theSheetsHaveWonRevenueSharesAndABarChartOfTheInfluencers() throws IOException {
        try (XSSFWorkbook workbook = write(ReportRequest.everything(ENGLISH), 9)) {
            XSSFSheet influencers = workbook.getSheet("Sales by influencer");
            Row header = influencers.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Influencer");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Revenue");
            Row first = influencers.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("소라");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(120_000);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("\"₩\"#,##0");
            assertThat(first.getCell(4).getNumericCellValue()).isCloseTo(63.49, Offset.offset(0.01));
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            List<XSSFChart> charts = influencers.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Revenue by influencer (top 10)");
            XDDFChartData bars = charts.get(0).getChartSeries().get(0);
            assertThat(bars).isInstanceOf(XDDFBarChartData.class);
            assertThat(bars.getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("'Sales by influencer'!$D$2:$D$4");
            assertThat(bars.getSeries(0).getShapeProperties().getFillProperties())
                    .isInstanceOf(XDDFSolidFillProperties.class); // LibreOffice draws bars without a fill invisible

            XSSFSheet products = workbook.getSheet("Sales by product");
            assertThat(products.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SKU");
            assertThat(products.getRow(3).getCell(0).getStringCellValue()).isEqualTo("ODD-9");
            assertThat(products.getRow(3).getCell(2)).isNull();
            assertThat(workbook.getSheet("Sales by brand").getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("라운드랩");
        }
    }

    @Test
    void theChartShowsOnlyTheTopTenInfluencersWhileTheTableHasThemAll() throws IOException {
        for (int i = 0; i < 12; i++) {
            shop.fx.store.createAt(Stage.SHIPMENT, TestStore.completeDetails("INF-" + i).toBuilder()
                    .influencer("인플루언서" + i).build());
        }
        shop.fx.remote.orders.clear();
        shop.fx.remote.orders.add(new RemoteOrder("MANY", Instant.parse("2026-11-24T06:00:00Z"), true, false, 0, null,
                null, IntStream.range(0, 12).mapToObj(i -> new RemoteOrderItem("L" + i, "INF-" + i, "x", null, 1,
                        1_000L + i, "N10", null, null, null)).toList()));
        shop.fx.storeOrdersWithoutSync();
        try (XSSFWorkbook workbook = write(ReportRequest.everything(ENGLISH), 15 + 4 + 15)) {
            XSSFSheet influencers = workbook.getSheet("Sales by influencer");
            assertThat(influencers.getLastRowNum()).as("15 influencers and the totals row").isEqualTo(16);
            assertThat(influencers.getRow(16).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(influencers.getRow(16).getCell(3).getCellFormula()).isEqualTo("SUBTOTAL(109,D2:D16)");
            assertThat(influencers.getRow(16).getCell(4).getNumericCellValue()).isCloseTo(100.0, within(1e-6));
            assertThat(influencers.getRow(16).getCell(1)).as("orders overlap between groups").isNull();
            XDDFChartData bars = influencers.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0);
            assertThat(bars.getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("'Sales by influencer'!$D$2:$D$11");
            assertThat(bars.getSeries(0).getValuesData().getPointCount()).isEqualTo(10);
        }
    }

    @Test
    void aBrandFilterKeepsOnlyThatBrandsLines() throws IOException {
        ReportRequest roundLab = new ReportRequest(ENGLISH, null, null, new ReportFilter("라운드랩", null, null, null),
                false);
        try (XSSFWorkbook workbook = write(roundLab, 3)) {
            Row only = workbook.getSheet("Sales by product").getRow(1);
            assertThat(only.getCell(0).getStringCellValue()).isEqualTo("TONER-1");
            assertThat(only.getCell(7).getNumericCellValue()).isEqualTo(100.0);
        }
    }

    private XSSFWorkbook write(ReportRequest request, long expectedRows) throws IOException {
        Path target = folder.resolve("sales.xlsx");
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            assertThat(new SalesSheet(shop.fx.orders, shop.fx.store.products())
                    .write(workbook, request, ExportProgress.NONE, () -> false)).isEqualTo(expectedRows);
            workbook.saveTo(target);
        }
        return ShopData.open(target);
    }
}
