package com.mallboard.report.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ReportFilter;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportWorkbook;
import com.mallboard.report.ShopData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrdersSheetTest {
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);

    @TempDir
    Path folder;
    private ShopData shop;
    private OrdersSheet sheet;

    @BeforeEach
    void setUp() throws IOException {
        shop = new ShopData(folder);
        sheet = new OrdersSheet(shop.fx.orders, shop.fx.store.products(), shop.fx.store.clock());
    }

    @Test
    void perDayAndMallCountsShippedPendingLateAndCanceledWithWonAmounts() throws IOException {
        try (XSSFWorkbook workbook = write(ReportRequest.everything(ENGLISH), 15)) {
            assertThat(sheetNames(workbook)).containsExactly("Orders & shipments", "Orders per day", "By courier",
                    "Order list");
            XSSFSheet days = workbook.getSheet("Orders & shipments");
            assertThat(texts(days.getRow(0))).containsExactly("Order date", "Mall", "Orders", "Units", "Shipped",
                    "Pending", "Late (over 2 business days)", "Canceled", "Amount");
            assertThat(days.getLastRowNum()).as("three rows and the totals").isEqualTo(4);
            assertThat(days.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(days.getRow(4).getCell(8).getCellFormula()).isEqualTo("SUBTOTAL(109,I2:I4)");
            assertThat(numbers(days.getRow(4), 2, 8)).containsExactly(5.0, 8.0, 1.0, 3.0, 1.0, 1.0, 189_000.0);
            assertThat(days.getRow(4).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("\"₩\"#,##0");
            assertDate(days.getRow(1).getCell(0), LocalDate.of(2026, 11, 20));
            assertThat(numbers(days.getRow(1), 2, 8)).containsExactly(1.0, 2.0, 1.0, 0.0, 1.0, 0.0, 40_000.0);
            assertThat(days.getRow(2).getCell(1).getStringCellValue()).isEqualTo("뷰티몰");
            assertThat(numbers(days.getRow(2), 2, 8)).containsExactly(1.0, 3.0, 0.0, 1.0, 0.0, 0.0, 90_000.0);
            assertThat(numbers(days.getRow(3), 2, 8)).containsExactly(3.0, 3.0, 0.0, 2.0, 0.0, 1.0, 59_000.0);
            assertThat(days.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(days.getRow(3).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("\"₩\"#,##0");
        }
    }

    @Test
    void ordersPerDayHaveEveryDayAndALineChartOfTheOrders() throws IOException {
        try (XSSFWorkbook workbook = write(ReportRequest.everything(ENGLISH), 15)) {
            XSSFSheet perDay = workbook.getSheet("Orders per day");
            assertThat(perDay.getLastRowNum()).as("five days and the totals").isEqualTo(6);
            assertThat(perDay.getRow(6).getCell(1).getCellFormula()).isEqualTo("SUBTOTAL(109,B2:B6)");
            assertDate(perDay.getRow(5).getCell(0), LocalDate.of(2026, 11, 24));
            List<XSSFChart> charts = perDay.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Orders per day");
            XDDFChartData data = charts.get(0).getChartSeries().get(0);
            assertThat(data).isInstanceOf(XDDFLineChartData.class);
            assertThat(data.getSeries(0).getCategoryData().getDataRangeReference())
                    .isEqualTo("'Orders per day'!$A$2:$A$6");
            assertThat(data.getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("'Orders per day'!$B$2:$B$6");
            assertThat(data.getSeries(0).getValuesData().getPointAt(4)).isEqualTo(3.0);
            assertThat(data.getSeries(0).getShapeProperties().getLineProperties().getFillProperties())
                    .isInstanceOf(XDDFSolidFillProperties.class); // else LibreOffice shows loose markers, no line

            XSSFSheet couriers = workbook.getSheet("By courier");
            assertThat(texts(couriers.getRow(0))).containsExactly("Courier", "Shipments", "Units", "Share (%)");
            assertThat(couriers.getRow(1).getCell(0).getStringCellValue()).isEqualTo("CJ대한통운");
            assertThat(numbers(couriers.getRow(1), 1, 3)).containsExactly(1.0, 2.0, 100.0);
            assertThat(couriers.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
        }
    }

    @Test
    void theOrderListMasksReceiversByDefaultAndShowsPurgedDataAsDeleted() throws IOException {
        try (XSSFWorkbook workbook = write(ReportRequest.everything(ENGLISH), 15)) {
            XSSFSheet list = workbook.getSheet("Order list");
            assertThat(texts(list.getRow(0))).containsExactly("Order date", "Mall", "Order ID", "Status", "SKU",
                    "Product", "Option", "Quantity", "Amount", "Courier", "Tracking number", "Shipped on", "Receiver",
                    "Phone", "Address");
            assertThat(list.getLastRowNum()).isEqualTo(6);
            Row shipped = list.getRow(1);
            assertThat(shipped.getCell(2).getStringCellValue()).isEqualTo("O-1");
            assertThat(shipped.getCell(3).getStringCellValue()).isEqualTo("Shipped");
            assertThat(shipped.getCell(8).getNumericCellValue()).isEqualTo(40_000);
            assertThat(shipped.getCell(9).getStringCellValue()).isEqualTo("CJ대한통운");
            assertThat(shipped.getCell(10).getStringCellValue()).isEqualTo("600012345678");
            assertDate(shipped.getCell(11), LocalDate.of(2026, 11, 25));
            assertThat(texts(shipped).subList(12, 15)).containsOnly("(deleted)");
            Row pending = list.getRow(3);
            assertThat(pending.getCell(2).getStringCellValue()).isEqualTo("O-2");
            assertThat(pending.getCell(3).getStringCellValue()).isEqualTo("Pending");
            assertThat(pending.getCell(9)).isNull();
            assertThat(pending.getCell(11)).isNull();
            assertThat(texts(pending).subList(12, 15)).containsExactly("김*지", "010-****-5678 / 02-***-4567",
                    "서울특별시 강남구 …");
            assertThat(list.getRow(5).getCell(3).getStringCellValue()).isEqualTo("Canceled");
        }
    }

    @Test
    void receiversAppearInFullOnlyWhenPersonalDataIsIncluded() throws IOException {
        ReportRequest withPersonalData = new ReportRequest(ENGLISH, null, null, ReportFilter.NONE, true);
        try (XSSFWorkbook workbook = write(withPersonalData, 15)) {
            XSSFSheet list = workbook.getSheet("Order list");
            assertThat(texts(list.getRow(3)).subList(12, 15)).containsExactly("김민지", "010-1234-5678 / 02-123-4567",
                    "(06236) 서울특별시 강남구 테헤란로 1 101동 202호");
            assertThat(texts(list.getRow(1)).subList(12, 15)).containsOnly("(deleted)");
        }
    }

    @Test
    void aMallAndAPeriodNarrowEverySheet() throws IOException {
        ReportRequest beautyMallOnTuesday = new ReportRequest(new Messages(Messages.KOREAN), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 24), new ReportFilter(null, null, null, shop.beautyMall), false);
        try (XSSFWorkbook workbook = write(beautyMallOnTuesday, 3)) {
            assertThat(sheetNames(workbook)).containsExactly("주문·배송", "일별 주문", "택배사별", "주문 목록");
            XSSFSheet list = workbook.getSheet("주문 목록");
            assertThat(list.getLastRowNum()).isEqualTo(1);
            assertThat(list.getRow(1).getCell(1).getStringCellValue()).isEqualTo("뷰티몰");
            assertThat(list.getRow(1).getCell(3).getStringCellValue()).isEqualTo("미출고");
            assertThat(workbook.getSheet("택배사별").getLastRowNum()).isZero();
        }
    }

    private XSSFWorkbook write(ReportRequest request, long expectedRows) throws IOException {
        Path target = folder.resolve("orders.xlsx");
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            assertThat(sheet.write(workbook, request, ExportProgress.NONE, () -> false)).isEqualTo(expectedRows);
            workbook.saveTo(target);
        }
        return ShopData.open(target);
    }

    static void assertDate(Cell cell, LocalDate expected) {
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? null : cell.toString());
        }
        return texts;
    }

    static List<Double> numbers(Row row, int first, int last) {
        List<Double> numbers = new ArrayList<>();
        for (int c = first; c <= last; c++) {
            numbers.add(row.getCell(c).getNumericCellValue());
        }
        return numbers;
    }
}
