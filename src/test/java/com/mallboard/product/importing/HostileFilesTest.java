package com.mallboard.product.importing;

import static com.mallboard.store.generated.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mallboard.common.ExplainedException;
import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.sheet.HostileSheets;
import com.mallboard.sheet.SampleSheets;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.StageGates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a merchandiser should not have sent, and files made to do harm: each gives the user one clear message (or a
 * clean read) and leaves the store exactly as it was.
 */
class HostileFilesTest {
    private static final List<Object> HEADER = List.of("SKU", "상품명", "판매가");

    @TempDir
    Path dir;
    private TestStore store;
    private ProductImport importer;
    private Product stored;

    @BeforeEach
    void setUp() {
        store = TestStore.open(dir);
        importer = new ProductImport(store.products(), StageGates.defaults().startingCheck());
        stored = store.createAt(Stage.SOURCING, ProductDetails.builder().sku("KEEP-1").name("그대로인 상품")
                .priceWon(15_000L).build(), "keep");
    }

    @AfterEach
    void storeIsUnchanged() {
        assertThat(store.rowCount(PRODUCT)).isEqualTo(1);
        Product now = store.reload(stored);
        assertThat(now.details()).isEqualTo(stored.details());
        assertThat(now.version()).isEqualTo(stored.version());
        assertThat(now.tags()).containsExactly("keep");
    }

    private ExplainedException refused(Path file) {
        ExplainedException e = catchThrowableOfType(ExplainedException.class, () -> importer.preview(file));
        assertThat(e).as("preview of " + file.getFileName()).isNotNull();
        return e;
    }

    private Path xlsx(String name, List<List<Object>> rows) {
        return SampleSheets.xlsx(dir.resolve(name), rows);
    }

    @Test
    void randomBytesNamedXlsxAreNotASpreadsheet() {
        Path file = HostileSheets.randomBytes(dir.resolve("products.xlsx"), 4096);

        assertThat(refused(file).messageKey()).isEqualTo("sheet.error.not.table");
    }

    @Test
    void aZipThatIsNotAWorkbookCannotBeRead() throws Exception {
        Path file = dir.resolve("photos.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("photo.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }

        ExplainedException e = refused(file);
        assertThat(e.messageKey()).isEqualTo("sheet.error.unreadable");
        assertThat(e.args()).containsExactly(Path.of("photos.xlsx"));
    }

    @Test
    void anOldXlsWorkbookIsRead() {
        Path file = SampleSheets.xls(dir.resolve("season.xls"), List.of(HEADER, List.of("XLS-1", "구형 엑셀", 9_900)));

        ImportPreview preview = importer.preview(file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(ImportRow.Kind.INSERT);
            assertThat(row.details().priceWon()).isEqualTo(9_900L);
        });
    }

    @Test
    void aCsvRenamedToXlsxIsReadAsTheCsvItIs() {
        Path file = SampleSheets.utf8Csv(dir.resolve("renamed.xlsx"),
                List.of(List.of("SKU", "상품명", "판매가"), List.of("CSV-1", "이름만 엑셀", "12,000")));

        ImportPreview preview = importer.preview(file);

        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.details().sku()).isEqualTo("CSV-1");
            assertThat(row.details().priceWon()).isEqualTo(12_000L);
        });
    }

    @Test
    void aPasswordProtectedWorkbookAsksForOneWithoutAPassword() {
        Path plain = xlsx("plain.xlsx", List.of(HEADER, List.of("SECRET-1", "비밀", 1)));
        Path file = HostileSheets.passwordProtected(plain, dir.resolve("locked.xlsx"), "1234");

        assertThat(refused(file).messageKey()).isEqualTo("sheet.error.encrypted");
    }

    @Test
    void anEmptyFileAndAWorkbookWithAnEmptySheetSayTheyAreEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        Path emptySheet = xlsx("blank.xlsx", List.of());

        assertThat(refused(empty).messageKey()).isEqualTo("sheet.error.empty");
        assertThat(refused(emptySheet).messageKey()).isEqualTo("sheet.error.empty");
    }

    @Test
    void aHeaderOnlyWorkbookPreviewsAndCommitsNothing() {
        ImportPreview preview = importer.preview(xlsx("header.xlsx", List.of(HEADER)));

        assertThat(preview.rows()).isEmpty();
        assertThat(importer.commit(preview, false)).isEqualTo(new ImportSummary(0, 0, 0, 0));
    }

    @Test
    void theProductsOnTheSecondSheetAreFoundBehindAnInstructionsSheet() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("안내", List.of(List.of("이 파일에 상품을 적으세요"), List.of("SKU는 영문과 숫자")));
        sheets.put("상품", List.of(HEADER, List.of("SHEET2-1", "두 번째 시트", 5_000)));

        ImportPreview preview = importer.preview(HostileSheets.sheets(dir.resolve("two.xlsx"), sheets));

        assertThat(preview.rows()).extracting(r -> r.details().sku()).containsExactly("SHEET2-1");
    }

    @Test
    void noSheetWithASkuColumnNamesTheSheetsLookedAt() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("요약", List.of(List.of("합계", 3)));
        sheets.put("빈 시트", List.of());
        sheets.put("목록", List.of(List.of("상품명", "판매가"), List.of("코드 없는 상품", 1_000)));

        ExplainedException e = refused(HostileSheets.sheets(dir.resolve("wrong.xlsx"), sheets));

        assertThat(e.messageKey()).isEqualTo("import.error.sheet.missing");
        assertThat(e.args()).containsExactly("요약, 빈 시트, 목록");
        assertThat(new Messages(Messages.ENGLISH).get(e.messageKey(), e.args()))
                .contains("sheets looked at: 요약, 빈 시트, 목록");
    }

    @Test
    void aMissingNameColumnAndADuplicatedColumnAreRefusedExtraColumnsAreListed() {
        Path noName = xlsx("noname.xlsx", List.of(List.of("SKU", "판매가"), List.of("N-1", 1)));
        Path twice = xlsx("twice.xlsx", List.of(List.of("SKU", "상품명", "Name"), List.of("N-1", "a", "b")));
        Path extra = xlsx("extra.xlsx", List.of(List.of("SKU", "상품명", "담당자", "색상"), List.of("N-1", "a", "지민", "빨강")));

        assertThat(refused(noName).messageKey()).isEqualTo("import.error.column.missing.name");
        ExplainedException duplicated = refused(twice);
        assertThat(duplicated.messageKey()).isEqualTo("import.error.column.duplicated");
        assertThat(duplicated.args()).containsExactly("상품명", "Name");
        assertThat(importer.preview(extra).ignoredColumns()).containsExactly("담당자", "색상");
    }

    @Test
    void aMergedCellsValueBelongsToItsFirstCellOnly() {
        Path file = xlsx("merged.xlsx", List.of(List.of("SKU", "상품명", "", "판매가"),
                List.of("MG-1", "세트 상품", "", 10_000), List.of("MG-2", "", "", 12_000)));
        HostileSheets.edit(file, sheet -> {
            sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("B1:C1"));
            sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("B2:B3"));
        });

        ImportPreview preview = importer.preview(file);

        assertThat(preview.rows().get(0).details().name()).isEqualTo("세트 상품");
        assertThat(preview.rows().get(0).details().priceWon()).isEqualTo(10_000L);
        assertThat(preview.problems()).extracting(CellProblem::toString).containsExactly("B3 validation.required");
    }

    @Test
    void formulasGiveTheirCachedValueAndBrokenFormulasAreCellProblems() {
        Path base = xlsx("formulas-base.xlsx", List.of(HEADER));
        Path file = HostileSheets.replacePart(base, HostileSheets.FIRST_SHEET, dir.resolve("formulas.xlsx"),
                HostileSheets.worksheet("", List.of(
                        HostileSheets.text("A1", "SKU") + HostileSheets.text("B1", "상품명")
                                + HostileSheets.text("C1", "판매가"),
                        HostileSheets.text("A2", "F-1") + "<c r=\"B2\" t=\"str\"><f>\"립\"&amp;\"밤\"</f><v>립밤</v></c>"
                                + "<c r=\"C2\"><f>1000*28</f><v>28000</v></c>",
                        HostileSheets.text("A3", "F-2") + HostileSheets.text("B3", "계산 안 됨")
                                + "<c r=\"C3\"><f>C2*2</f></c>",
                        HostileSheets.text("A4", "F-3") + HostileSheets.text("B4", "0으로 나눔")
                                + "<c r=\"C4\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>",
                        HostileSheets.text("A5", "F-4") + "<c r=\"B5\" t=\"e\"><v>#REF!</v></c>")));

        ImportPreview preview = importer.preview(file);

        assertThat(preview.rows().get(0).details().name()).isEqualTo("립밤");
        assertThat(preview.rows().get(0).details().priceWon()).isEqualTo(28_000L);
        assertThat(preview.problems()).extracting(CellProblem::toString).containsExactly(
                "C3 import.cell.formula.uncalculated", "C4 import.cell.formula.error", "B5 import.cell.formula.error");
        assertThat(preview.problems()).extracting(p -> p.args()[0]).containsExactly("=C2*2", "#DIV/0!", "#REF!");
        assertThat(preview.count(ImportRow.Kind.INSERT)).isOne();
    }

    @Test
    void datesInSeveralFormatsNumbersAsTextAndInvisibleCharactersAreRead() {
        List<Object> header = List.of("SKU", "상품명", "출시일", "판매가", "재고");
        Path file = xlsx("values.xlsx", List.of(header,
                List.of("V-1", "점 날짜", "2026. 3. 2.", "28000.0", "12"),
                List.of("V-2", "한글 날짜", "2026년 3월 2일", "₩28,000", "１２"),
                List.of("V-3", "숫자 날짜", "20260302", "28,000원", " 12 "),
                List.of("\u200bV-4\u00a0", "\u00a0공백\u200b", java.time.LocalDate.of(2026, 3, 2), 28_000, 12),
                List.of("V-5", "일/월/년 서식", java.time.LocalDate.of(2026, 3, 2), "２８０００", "12")));
        HostileSheets.edit(file, sheet -> {
            org.apache.poi.ss.usermodel.CellStyle dayFirst = sheet.getWorkbook().createCellStyle();
            dayFirst.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.getRow(5).getCell(2).setCellStyle(dayFirst);
        });

        ImportPreview preview = importer.preview(file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(r -> r.details().sku() + " " + r.details().name() + " "
                + r.details().launchDate() + " " + r.details().priceWon() + " " + r.details().stock()).containsExactly(
                "V-1 점 날짜 2026-03-02 28000 12", "V-2 한글 날짜 2026-03-02 28000 12", "V-3 숫자 날짜 2026-03-02 28000 12",
                "V-4 공백 2026-03-02 28000 12", "V-5 일/월/년 서식 2026-03-02 28000 12");
    }

    @Test
    void aCellPointingPastTheSharedStringsIsADamagedFileNotACrash() {
        Path base = xlsx("broken-base.xlsx", List.of(HEADER));
        Path file = HostileSheets.replacePart(base, HostileSheets.FIRST_SHEET, dir.resolve("broken.xlsx"),
                HostileSheets.worksheet("", List.of(HostileSheets.text("A1", "SKU") + HostileSheets.text("B1", "상품명"),
                        "<c r=\"A2\" t=\"s\"><v>999</v></c>")));

        ExplainedException e = refused(file);

        assertThat(e.messageKey()).isEqualTo("sheet.error.unreadable");
        assertThat(e.args()).containsExactly(Path.of("broken.xlsx"));
    }

    @Test
    void aMillionRowsAreRefusedWithTheLimitBeforeTheFileIsAllRead() {
        Path base = xlsx("million-base.xlsx", List.of(HEADER));
        Path file = HostileSheets.replacePart(base, HostileSheets.FIRST_SHEET, dir.resolve("million.xlsx"),
                HostileSheets.manyRows(1_000_000));

        ExplainedException e = refused(file);

        assertThat(e.messageKey()).isEqualTo("sheet.error.too.many.rows");
        assertThat(e.args()).containsExactly(ProductImport.MAX_ROWS);
        assertThat(new Messages(Messages.ENGLISH).get(e.messageKey(), e.args())).contains("more than 100,000 rows");
    }

    @Test
    void aZipBombIsNotInflated() {
        Path base = xlsx("bomb-base.xlsx", List.of(HEADER));
        Path file = HostileSheets.replacePart(base, HostileSheets.FIRST_SHEET, dir.resolve("bomb.xlsx"),
                HostileSheets.bomb(200));

        ExplainedException e = refused(file);

        assertThat(e.messageKey()).isEqualTo("sheet.error.zip.bomb");
        assertThat(e.args()).containsExactly(Path.of("bomb.xlsx"));
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
        String doctype = "<!DOCTYPE worksheet [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>";
        Path base = xlsx("xxe-base.xlsx", List.of(HEADER));
        Path file = HostileSheets.replacePart(base, HostileSheets.FIRST_SHEET, dir.resolve("xxe.xlsx"),
                HostileSheets.worksheet(doctype, List.of(
                        HostileSheets.text("A1", "SKU") + HostileSheets.text("B1", "상품명"),
                        HostileSheets.text("A2", "XXE-1") + HostileSheets.text("B2", "&leak;"))));

        ExplainedException e = refused(file);

        assertThat(e.messageKey()).isEqualTo("sheet.error.unsafe");
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("TOP-SECRET");
        }
        assertThat(new Messages(Messages.KOREAN).get(e.messageKey(), e.args())).doesNotContain("TOP-SECRET");
    }
}
