package com.mallboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.common.Messages;
import com.mallboard.product.Stage;
import com.mallboard.store.JooqExportLog;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One workbook from the chosen views: order, progress across sheets, failure and cancel, the personal-data log. */
class ReportExportTest {
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);

    @TempDir
    Path folder;
    private TestStore store;
    private ProductSheet products;
    private JooqExportLog log;
    private ReportExport export;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        store = TestStore.open(Files.createDirectory(folder.resolve("data")), new TestClock());
        products = new ProductSheet(store.products(), new XlsxTableWriter());
        log = new JooqExportLog(store.dsl());
        export = new ReportExport(log, store.clock(), TestStore.USER);
        out = Files.createDirectory(folder.resolve("out"));
        store.createAt(Stage.LABELING, TestStore.completeDetails("SUN-1"), "vegan");
        store.createDraft("TON-2", "이니스프리 토너");
    }

    private static ReportRequest november(boolean personalData) {
        return new ReportRequest(ENGLISH, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), ReportFilter.NONE,
                personalData);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void writesTheChosenViewsInOrderIntoOneWorkbookAndSaysHowMuch() throws IOException {
        List<ExportStep> steps = new ArrayList<>();
        Path target = out.resolve("report.xlsx");

        ExportSummary summary = export.export(target, List.of(products, TestSheets.days()), november(false),
                steps::add, () -> false);

        assertThat(summary.file()).isEqualTo(target.toAbsolutePath());
        assertThat(summary.sheetIds()).containsExactly("products", "days");
        assertThat(summary.rows()).isEqualTo(2 + 30);
        try (XSSFWorkbook workbook = open(target)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Products");
            assertThat(workbook.getSheetName(1)).isEqualTo("Days");
            XSSFSheet days = workbook.getSheetAt(1);
            assertThat(days.getLastRowNum()).isEqualTo(30);
            assertThat(days.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(days.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(days.getRow(1).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isIn("SUN-1", "TON-2");
        }
        assertThat(steps.get(0)).isEqualTo(new ExportStep(1, 2, "Products", 0, 0));
        assertThat(steps).contains(new ExportStep(1, 2, "Products", 2, 2), new ExportStep(2, 2, "All", 30, 30));
        assertThat(steps.get(steps.size() - 1).fraction()).isEqualTo(1.0);
        assertThat(log.recent(10)).as("a masked export is not logged").isEmpty();
    }

    @Test
    void theFilterNarrowsTheProducts() throws IOException {
        Path target = out.resolve("torriden.xlsx");
        ReportRequest torriden = new ReportRequest(ENGLISH, null, null,
                new ReportFilter("Torriden", null, null, null), false);

        assertThat(export.export(target, List.of(products), torriden, step -> { }, () -> false).rows()).isEqualTo(1);

        try (XSSFWorkbook workbook = open(target)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("SUN-1");
        }
    }

    @Test
    void aFailingViewIsNamedAndLeavesTheOldFileAndNothingElse() throws IOException {
        Path target = out.resolve("report.xlsx");
        Files.writeString(target, "last week's report");

        assertThatThrownBy(() -> export.export(target, List.of(products, TestSheets.broken()), november(true),
                step -> { }, () -> false))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(ReportExport.SHEET_FAILED);
                    assertThat(ENGLISH.get(e.messageKey(), e.args())).isEqualTo(
                            "The sheet \"Mall\" could not be written (the orders table is locked). No file was written.");
                });

        assertThat(Files.readString(target)).isEqualTo("last week's report");
        assertThat(filesIn(out)).containsExactly(target);
        assertThat(log.recent(10)).as("no file with personal data was written").isEmpty();
    }

    @Test
    void cancellingInTheSecondViewLeavesTheOldFileAndNoTempFiles() throws IOException {
        Path target = out.resolve("report.xlsx");
        Files.writeString(target, "last week's report");
        List<ExportStep> steps = new ArrayList<>();

        assertThatThrownBy(() -> export.export(target, List.of(products, TestSheets.days()), november(false),
                steps::add, () -> steps.stream().anyMatch(step -> step.sheetNumber() == 2)))
                .isInstanceOf(ExportCancelledException.class);

        assertThat(Files.readString(target)).isEqualTo("last week's report");
        assertThat(filesIn(out)).containsExactly(target);
    }

    @Test
    void nothingChosenIsRefused() {
        assertThatThrownBy(() -> export.export(out.resolve("empty.xlsx"), List.of(), november(false), step -> { },
                () -> false)).isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(ReportExport.NOTHING_CHOSEN));
        assertThat(out.resolve("empty.xlsx")).doesNotExist();
    }

    @Test
    void anExportWithPersonalDataIsLoggedWithWhoWhenFileSheetsAndPeriod() {
        Path target = out.resolve("with-receivers.xlsx");

        export.export(target, List.of(products, TestSheets.days()), november(true), step -> { }, () -> false);

        assertThat(export.recentPersonalDataExports(5)).containsExactly(new ExportLogEntry(TestClock.START,
                TestStore.USER, target.toAbsolutePath().toString(), List.of("products", "days"),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    }
}
