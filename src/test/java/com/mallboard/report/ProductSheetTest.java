package com.mallboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductSheetTest {
    private static final Messages KOREAN = new Messages(Messages.KOREAN);
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);

    @TempDir
    Path folder;
    private TestStore store;
    private ProductSheet sheet;
    private Path target;

    @BeforeEach
    void setUp() throws IOException {
        store = TestStore.open(Files.createDirectory(folder.resolve("data")));
        sheet = new ProductSheet(store.products(), new XlsxTableWriter());
        target = Files.createDirectory(folder.resolve("out")).resolve("products.xlsx");
    }

    @Test
    void writesEveryFieldAsARealExcelValueUnderEnglishHeaders() throws IOException {
        Product sunscreen = store.createAt(Stage.LABELING, TestStore.completeDetails("SUN-1").toBuilder()
                .stock(1_234).location("A-01-3").notes("샘플 먼저").build(), "vegan", "Cold Chain");
        store.createDraft("DRAFT-2", "이니스프리 토너");
        Product trashed = store.createDraft("GONE-3", "old");
        store.products().moveToTrash(trashed.id());

        assertThat(sheet.export(target, ENGLISH, ExportProgress.NONE, () -> false)).isEqualTo(2);

        try (XSSFWorkbook workbook = open(target)) {
            XSSFSheet products = workbook.getSheet("Products");
            assertThat(products.getLastRowNum()).isEqualTo(2);
            Row row = rowOf(products, "SUN-1");
            assertThat(text(row, products, "Name")).isEqualTo("토리든 다이브인 선크림");
            assertThat(text(row, products, "Stage")).isEqualTo("Labeling");
            assertThat(text(row, products, "Tags")).isEqualTo("cold-chain, vegan");
            assertThat(text(row, products, "Barcode (EAN-13)")).isEqualTo(sunscreen.details().barcode());
            assertThat(text(row, products, "Warehouse location")).isEqualTo("A-01-3");
            assertThat(text(row, products, "Notes")).isEqualTo("샘플 먼저");

            Cell price = cell(row, products, "Target price");
            assertThat(price.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(price.getNumericCellValue()).isEqualTo(28_000);
            assertThat(price.getCellStyle().getDataFormatString()).isEqualTo("\"₩\"#,##0");
            assertThat(cell(row, products, "Unit cost").getNumericCellValue()).isEqualTo(9_500);

            Cell stock = cell(row, products, "Stock");
            assertThat(stock.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(stock.getNumericCellValue()).isEqualTo(1_234);
            assertThat(stock.getCellStyle().getDataFormatString()).isEqualTo("#,##0");

            Cell launch = cell(row, products, "Launch date");
            assertThat(DateUtil.isCellDateFormatted(launch)).isTrue();
            assertThat(launch.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 2));
            assertThat(launch.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");

            Row draft = rowOf(products, "DRAFT-2");
            assertThat(text(draft, products, "Stage")).isEqualTo("Planning");
            assertThat(draft.getCell(column(products, "Target price"))).isNull();
            assertThat(draft.getCell(column(products, "Launch date"))).isNull();
        }
    }

    @Test
    void headerIsBoldFilledFrozenFilteredAndColumnsAreWide() throws IOException {
        store.createAt(Stage.SHIPMENT, TestStore.completeDetails("SUN-1"));

        sheet.export(target, KOREAN, ExportProgress.NONE, () -> false);

        try (XSSFWorkbook workbook = open(target)) {
            XSSFSheet products = workbook.getSheet("상품");
            assertThat(headers(products)).startsWith("SKU", "상품명", "단계").endsWith("태그").hasSize(22)
                    .contains("목표 판매가", "출시 예정일");
            assertThat(text(rowOf(products, "SUN-1"), products, "단계")).isEqualTo("출고");
            Cell header = products.getRow(0).getCell(0);
            assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(header.getCellStyle().getFillPattern().getCode()).isNotZero();
            assertThat(products.getPaneInformation().isFreezePane()).isTrue();
            assertThat(products.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(products.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo(new CellRangeAddress(0, 1, 0, 21).formatAsString());
            int defaultWidth = products.getDefaultColumnWidth() * 256;
            for (int c = 0; c < 22; c++) {
                assertThat(products.getColumnWidth(c)).as("column %d", c).isGreaterThan(defaultWidth);
            }
            assertThat(products.getColumnWidth(column(products, "전성분")))
                    .isGreaterThan(products.getColumnWidth(column(products, "SKU")));
        }
    }

    @Test
    void anEmptyStoreGivesAHeaderOnlySheet() throws IOException {
        assertThat(sheet.export(target, ENGLISH, ExportProgress.NONE, () -> false)).isZero();

        try (XSSFWorkbook workbook = open(target)) {
            XSSFSheet products = workbook.getSheetAt(0);
            assertThat(products.getLastRowNum()).isZero();
            assertThat(headers(products)).startsWith("SKU", "Name", "Stage");
            assertThat(products.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:V1");
        }
    }

    @Test
    void reportsProgressUpToTheTotal() {
        for (int i = 0; i < 3; i++) {
            store.createDraft("P-" + i, "product " + i);
        }
        List<long[]> calls = new ArrayList<>();

        sheet.export(target, ENGLISH, (written, total) -> calls.add(new long[] {written, total}), () -> false);

        assertThat(calls).isNotEmpty();
        assertThat(calls.get(calls.size() - 1)).containsExactly(3, 3);
    }

    @Test
    void cancellingStopsAndLeavesTheOldFileAsItWas() throws IOException {
        for (int i = 0; i < 5; i++) {
            store.createDraft("P-" + i, "product " + i);
        }
        Files.writeString(target, "last week's export");
        AtomicInteger checks = new AtomicInteger();

        assertThatThrownBy(() -> sheet.export(target, ENGLISH, ExportProgress.NONE, () -> checks.incrementAndGet() > 2))
                .isInstanceOf(ExportCancelledException.class)
                .extracting(e -> ((ExportException) e).messageKey()).isEqualTo("report.export.cancelled");

        assertThat(checks.get()).isEqualTo(3);
        assertThat(Files.readString(target)).isEqualTo("last week's export");
        assertThat(filesIn(target.getParent())).containsExactly(target);
    }

    @Test
    void cancellingBeforeAnyFileExistedLeavesNoFile() {
        store.createDraft("P-1", "product");

        assertThatThrownBy(() -> sheet.export(target, ENGLISH, ExportProgress.NONE, () -> true))
                .isInstanceOf(ExportCancelledException.class);

        assertThat(filesIn(target.getParent())).isEmpty();
    }

    @Test
    void anUnwritableTargetGivesAnExplainedErrorAndNoFile() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("reports"), "a file, not a folder");
        Path impossible = notAFolder.resolve("products.xlsx");

        assertThatThrownBy(() -> sheet.export(impossible, ENGLISH, ExportProgress.NONE, () -> false))
                .isInstanceOf(ExportException.class)
                .satisfies(e -> {
                    assertThat(((ExportException) e).messageKey()).isEqualTo("report.error.write");
                    assertThat(((ExportException) e).args()).containsExactly(impossible.toAbsolutePath().toString());
                    assertThat(ENGLISH.get("report.error.write", ((ExportException) e).args())).contains("products.xlsx");
                });
        assertThat(Files.readString(notAFolder)).isEqualTo("a file, not a folder");
    }

    @Test
    void aFailureWhileWritingLeavesNoHalfFileAndNoStreamingTempFiles() throws IOException {
        List<Column<String>> columns = List.of(new Column<>("SKU", CellKind.TEXT, s -> s),
                new Column<>("Broken", CellKind.NUMBER, s -> {
                    throw new IllegalStateException("no value for " + s);
                }));
        long tempFilesBefore = streamingTempFiles();

        assertThatThrownBy(() -> new XlsxTableWriter().write(target, "Broken", columns, List.of("A", "B"),
                ExportProgress.NONE, () -> false))
                .isInstanceOf(ExportException.class)
                .hasRootCauseMessage("no value for A");

        assertThat(filesIn(target.getParent())).isEmpty();
        assertThat(streamingTempFiles()).isEqualTo(tempFilesBefore);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    private static int column(XSSFSheet sheet, String header) {
        int index = headers(sheet).indexOf(header);
        assertThat(index).as("column " + header).isNotNegative();
        return index;
    }

    private static Row rowOf(XSSFSheet sheet, String sku) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && sku.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + sku);
    }

    private static Cell cell(Row row, XSSFSheet sheet, String header) {
        return row.getCell(column(sheet, header));
    }

    private static String text(Row row, XSSFSheet sheet, String header) {
        Cell cell = cell(row, sheet, header);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long streamingTempFiles() throws IOException {
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(poiFiles)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(poiFiles)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf")).count();
        }
    }
}
