package com.mallboard.report.malls;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ReportFilter;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportWorkbook;
import com.mallboard.report.ShopData;
import com.mallboard.sync.ListingStatus;
import com.mallboard.sync.Mall;
import com.mallboard.sync.SyncFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MallsSheetTest {
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);

    @TempDir
    Path folder;
    private SyncFixture fx;
    private Mall beauty;

    /** 글로우몰: two listings, one drifting, one job failed today, one queued. 뷰티몰: one listing, synced today. */
    @BeforeEach
    void setUp() throws IOException {
        fx = new SyncFixture(Files.createDirectory(folder.resolve("data")));
        Mall glow = fx.mall();
        beauty = fx.addMall("beautymall", "뷰티몰");
        Product drifting = fx.listedProduct(glow, "A-1");
        fx.listedProduct(glow, "B-2");
        fx.listedProduct(beauty, "C-3");
        fx.store.listings().recordStatus(fx.listings.listingsOf(drifting.id()).get(0).id(), ListingStatus.DRIFT, null);
        Instant now = fx.store.clock().instant();
        fx.store.outbox().markFailed(fx.store.outbox().nextDue(glow.id(), now).orElseThrow().id(), "가격이 잘못되었습니다");
        fx.store.malls().recordSync(beauty.id(), now);
    }

    @Test
    void eachMallShowsItsStateQueueFailuresListingsAndDrift() throws IOException {
        try (XSSFWorkbook workbook = write(ReportRequest.everything(ENGLISH), 2)) {
            XSSFSheet malls = workbook.getSheet("Malls");
            assertThat(texts(malls.getRow(0))).containsExactly("Mall", "Mall ID", "Platform", "Enabled", "Demo", "State",
                    "Sync", "Last sync", "Queued", "Failed", "Failures in period", "Last error", "Last error at",
                    "Listed products", "Drifting listings");
            assertThat(texts(malls.getRow(1))).containsExactly("글로우몰", "glowmall", "CAFE24", "Yes", "No",
                    "Not connected", "Failed jobs", null, "1.0", "1.0", "1.0", "가격이 잘못되었습니다", "2026-11-25 10:00",
                    "2.0", "1.0");
            assertThat(texts(malls.getRow(2))).containsExactly("뷰티몰", "beautymall", "CAFE24", "Yes", "No",
                    "Not connected", "Changes queued", "2026-11-25 10:00", "1.0", "0.0", "0.0", null, null, "1.0",
                    "0.0");
            assertThat(malls.getRow(1).getCell(14).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }

    @Test
    void thePeriodBoundsTheFailuresAndTheMallFilterKeepsOneMall() throws IOException {
        ReportRequest lastWeek = new ReportRequest(ENGLISH, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22),
                ReportFilter.NONE, false);
        try (XSSFWorkbook workbook = write(lastWeek, 2)) {
            Row glow = workbook.getSheet("Malls").getRow(1);
            assertThat(glow.getCell(9).getNumericCellValue()).isEqualTo(1);
            assertThat(glow.getCell(10).getNumericCellValue()).isZero();
        }
        ReportRequest onlyBeauty = new ReportRequest(ENGLISH, null, null,
                new ReportFilter(null, null, null, beauty.id()), false);
        try (XSSFWorkbook workbook = write(onlyBeauty, 1)) {
            assertThat(workbook.getSheet("Malls").getRow(1).getCell(0).getStringCellValue()).isEqualTo("뷰티몰");
        }
    }

    private XSSFWorkbook write(ReportRequest request, long expectedRows) throws IOException {
        Path target = folder.resolve("malls.xlsx");
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            assertThat(new MallsSheet(fx.malls, fx.listings).write(workbook, request, ExportProgress.NONE, () -> false))
                    .isEqualTo(expectedRows);
            workbook.saveTo(target);
        }
        return ShopData.open(target);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 15; c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? null : cell.toString());
        }
        return texts;
    }
}
