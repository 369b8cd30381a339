package com.mallboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.sync.ListingOverrides;
import com.mallboard.sync.ListingStatus;
import com.mallboard.sync.Mall;
import com.mallboard.sync.SyncFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductSheetMallsTest {
    private static final Messages KOREAN = new Messages(Messages.KOREAN);

    @TempDir
    Path folder;

    @Test
    void eachMallGetsAColumnWithTheListingStatusWordTheBoardUses() throws IOException {
        SyncFixture fx = new SyncFixture(Files.createDirectory(folder.resolve("data")));
        Mall beauty = fx.addMall("beautymall", "뷰티몰");
        Product both = fx.listedProduct(fx.mall(), "A-1");
        fx.store.listings().save(both.id(), beauty.id(), ListingOverrides.NONE);
        fx.store.listings().recordStatus(fx.listings.listingsOf(both.id()).stream()
                .filter(l -> l.mallRef() == beauty.id()).findFirst().orElseThrow().id(), ListingStatus.DRIFT, null);
        fx.product("B-2", "미등록 상품");
        ProductSheet sheet = new ProductSheet(fx.store.products(), new XlsxTableWriter(), fx.malls, fx.listings);

        Path target = folder.resolve("products.xlsx");
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            sheet.write(workbook, ReportRequest.everything(KOREAN), ExportProgress.NONE, () -> false);
            workbook.saveTo(target);
        }

        try (XSSFWorkbook workbook = ShopData.open(target)) {
            XSSFSheet products = workbook.getSheet("상품");
            int columns = ProductSheet.columns(KOREAN).size();
            Row header = products.getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) (columns + 2));
            assertThat(header.getCell(columns).getStringCellValue()).isEqualTo("글로우몰");
            assertThat(header.getCell(columns + 1).getStringCellValue()).isEqualTo("뷰티몰");
            Row listed = rowOf(products, "A-1");
            assertThat(listed.getCell(columns).getStringCellValue())
                    .isEqualTo(KOREAN.get(ListingStatus.PENDING.messageKey()));
            assertThat(listed.getCell(columns + 1).getStringCellValue())
                    .isEqualTo(KOREAN.get(ListingStatus.DRIFT.messageKey()));
            assertThat(rowOf(products, "B-2").getCell(columns)).isNull();
        }

        ReportRequest onlyBeauty = new ReportRequest(KOREAN, null, null,
                new ReportFilter(null, null, null, beauty.id()), false);
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            sheet.write(workbook, onlyBeauty, ExportProgress.NONE, () -> false);
            workbook.saveTo(target);
        }
        try (XSSFWorkbook workbook = ShopData.open(target)) {
            Row header = workbook.getSheet("상품").getRow(0);
            assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue()).isEqualTo("뷰티몰");
            assertThat(header.getLastCellNum()).isEqualTo((short) (ProductSheet.columns(KOREAN).size() + 1));
        }
    }

    @Test
    void withoutMallsTheSheetHasJustTheMasterColumns() throws IOException {
        SyncFixture fx = SyncFixture.withoutMalls(Files.createDirectory(folder.resolve("data")));
        fx.product("A-1", "토너");
        Path target = folder.resolve("products.xlsx");
        new ProductSheet(fx.store.products(), new XlsxTableWriter(), fx.malls, fx.listings)
                .export(target, KOREAN, ExportProgress.NONE, () -> false);
        try (XSSFWorkbook workbook = ShopData.open(target)) {
            assertThat(workbook.getSheet("상품").getRow(0).getLastCellNum())
                    .isEqualTo((short) ProductSheet.columns(KOREAN).size());
        }
    }

    private static Row rowOf(XSSFSheet sheet, String sku) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && sku.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + sku);
    }
}
