package com.mallboard.product.importing;

import static com.mallboard.store.generated.Tables.ACTIVITY_LOG;
import static com.mallboard.store.generated.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.common.ExplainedException;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.product.StaleProductException;
import com.mallboard.sheet.SampleSheets;
import com.mallboard.sheet.SheetException;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.StageGates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductImportTest {
    private static final List<Object> HEADER = List.of("SKU", "상품명", "브랜드", "출시 예정일", "목표 판매가", "재고", "태그");

    @TempDir
    Path dir;
    private TestStore store;
    private ProductImport importer;

    @BeforeEach
    void setUp() {
        store = TestStore.open(dir);
        importer = new ProductImport(store.products(), StageGates.defaults().startingCheck());
    }

    private Path xlsx(List<Object>... rows) {
        List<List<Object>> all = new java.util.ArrayList<>();
        all.add(HEADER);
        all.addAll(Arrays.asList(rows));
        return SampleSheets.xlsx(dir.resolve("import.xlsx"), all);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void aGoodFileInsertsNewSkusAndUpdatesExistingOnesWithADiff() {
        Product stored = store.createAt(Stage.SOURCING, ProductDetails.builder().sku("TOR-001").name("선크림")
                .brand("Torriden").priceWon(25_000L).build(), "summer");
        store.createAt(Stage.PLANNING, ProductDetails.builder().sku("TOR-002").name("토너").brand("Torriden").build());
        Path file = xlsx(
                row("TOR-001", "선크림", "Torriden", LocalDate.of(2026, 3, 2), 28_000, 10, "summer, Best Seller"),
                row("TOR-002", "토너", "Torriden", null, null, null, null),
                row("NEW-1", "새 세럼", "Anua", "2026.4.1", "₩19,900", "0", "신상"));

        ImportPreview preview = importer.preview(file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::kind).containsExactly(ImportRow.Kind.UPDATE,
                ImportRow.Kind.UNCHANGED, ImportRow.Kind.INSERT);
        assertThat(preview.rows().get(0).changes()).containsExactly(
                new FieldChange("field.launch.date", null, "2026-03-02"),
                new FieldChange("field.price", "25000", "28000"),
                new FieldChange("field.stock", "0", "10"),
                new FieldChange("field.tags", "summer", "best-seller, summer"));

        ImportSummary summary = importer.commit(preview, false);

        assertThat(summary).isEqualTo(new ImportSummary(1, 1, 1, 0));
        Product updated = store.reload(stored);
        assertThat(updated.details().priceWon()).isEqualTo(28_000L);
        assertThat(updated.stage()).isEqualTo(Stage.SOURCING);
        assertThat(updated.tags()).containsExactlyInAnyOrder("summer", "best-seller");
        assertThat(updated.version()).isEqualTo(stored.version() + 1);
        Product inserted = store.reloadSku("NEW-1");
        assertThat(inserted.stage()).isEqualTo(Stage.PLANNING);
        assertThat(inserted.details().launchDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(inserted.details().priceWon()).isEqualTo(19_900L);
        assertThat(inserted.tags()).containsExactly("신상");
        assertThat(store.dsl().fetchCount(ACTIVITY_LOG, ACTIVITY_LOG.PRODUCT_ID.eq((int) stored.id()))).isEqualTo(4);
    }

    @Test
    void columnsTheSheetDoesNotHaveKeepTheStoredValues() {
        Product stored = store.createAt(Stage.PLANNING, ProductDetails.builder().sku("A-1").name("앰플")
                .supplier("코스맥스").priceWon(10_000L).build(), "keep");
        Path file = SampleSheets.utf8Csv(dir.resolve("prices.csv"),
                List.of(List.of("상품코드", "제품명", "판매가격", "담당자"), List.of("A-1", "앰플", "12,000", "지민")));

        ImportPreview preview = importer.preview(file);
        importer.commit(preview, false);

        assertThat(preview.ignoredColumns()).containsExactly("담당자");
        Product updated = store.reload(stored);
        assertThat(updated.details().priceWon()).isEqualTo(12_000L);
        assertThat(updated.details().supplier()).isEqualTo("코스맥스");
        assertThat(updated.tags()).containsExactly("keep");
    }

    @Test
    void eachBadCellKindGivesItsMessageRowAndColumn() {
        Path file = xlsx(
                row("OK-1", "괜찮은 상품", null, null, null, null, null),
                row("BAD-1", "가격 오류", null, null, "문의", null, null),
                row("BAD-2", "날짜 오류", null, "다음 주", null, null, null),
                row("BAD 3", "SKU 형식", null, null, null, null, null),
                row("BAD-4", null, null, null, null, null, null),
                row("BAD-5", "음수 재고", null, null, null, -3, null),
                row("OK-1", "중복", null, null, null, null, null));

        ImportPreview preview = importer.preview(file);

        assertThat(preview.problems()).extracting(p -> p.column() + p.row() + " " + p.messageKey()).containsExactly(
                "E3 import.cell.number", "D4 import.cell.date", "A5 validation.sku.format",
                "B6 validation.required", "F7 validation.not.negative", "A8 import.cell.sku.repeated");
        assertThat(preview.problems().get(0).args()).containsExactly("문의");
        assertThat(preview.problems().get(5).args()).containsExactly("OK-1", 2);
    }

    @Test
    void withProblemsNothingIsWrittenUnlessTheUserAsksForTheValidRows() {
        Path file = xlsx(row("OK-1", "좋은 상품", null, null, null, null, null),
                row("BAD-1", "나쁜 상품", null, null, "공짜", null, null));
        ImportPreview preview = importer.preview(file);

        assertThatThrownBy(() -> importer.commit(preview, false)).isInstanceOf(ImportException.class)
                .extracting(e -> ((ExplainedException) e).messageKey()).isEqualTo("import.error.problems");
        assertThat(store.rowCount(PRODUCT)).isZero();

        ImportSummary summary = importer.commit(preview, true);

        assertThat(summary).isEqualTo(new ImportSummary(1, 0, 0, 1));
        assertThat(store.products().active()).extracting(Product::sku).containsExactly("OK-1");
    }

    @Test
    void aFailureMidwayWritesNothing() {
        Product stored = store.createAt(Stage.PLANNING, ProductDetails.of("OLD-1", "기존 상품"));
        Path file = xlsx(row("NEW-1", "새 상품", null, null, null, null, null),
                row("OLD-1", "기존 상품 개정", null, null, 5_000, null, null));
        ImportPreview preview = importer.preview(file);
        store.products().update(stored, stored.details().toBuilder().notes("someone else").build(), Set.of());

        assertThatThrownBy(() -> importer.commit(preview, false)).isInstanceOf(StaleProductException.class);

        assertThat(store.rowCount(PRODUCT)).isEqualTo(1);
        assertThat(store.reloadSku("OLD-1").name()).isEqualTo("기존 상품");
    }

    @Test
    void aSkuOfATrashedProductIsAProblemNotACrash() {
        Product trashed = store.createDraft("GONE-1", "버린 상품");
        store.products().moveToTrash(trashed.id());

        ImportPreview preview = importer.preview(xlsx(row("GONE-1", "다시", null, null, null, null, null)));

        assertThat(preview.problems()).extracting(CellProblem::messageKey).containsExactly("import.cell.sku.trashed");
    }

    @Test
    void datesNumbersAsTextAndFullWidthCharactersAreRead() {
        Path file = xlsx(
                row("D-1", "a", null, "2026-03-02", "28,000", "1,200", null),
                row("D-2", "b", null, "2026/03/02", "₩28000", "１２", null),
                row("D-3", "c", null, "20260302", "２８，０００원", " 7 ", null),
                row("ＤＷ-4", "　전각 이름　", null, LocalDate.of(2026, 3, 2), 28_000, 3, "ａ，ｂ"));

        ImportPreview preview = importer.preview(file);
        importer.commit(preview, false);

        assertThat(preview.problems()).isEmpty();
        assertThat(store.products().active()).allSatisfy(p -> {
            assertThat(p.details().launchDate()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(p.details().priceWon()).isEqualTo(28_000L);
        });
        assertThat(store.reloadSku("D-1").details().stock()).isEqualTo(1_200);
        assertThat(store.reloadSku("D-2").details().stock()).isEqualTo(12);
        Product fullWidth = store.reloadSku("DW-4");
        assertThat(fullWidth.name()).isEqualTo("전각 이름");
        assertThat(fullWidth.tags()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aMissingRequiredColumnStopsThePreviewAndWritesNothing() {
        Path file = SampleSheets.xlsx(dir.resolve("no-sku.xlsx"), List.of(List.of("상품명", "판매가"), List.of("a", 1)));

        assertThatThrownBy(() -> importer.preview(file)).isInstanceOf(ImportException.class)
                .extracting(e -> ((ExplainedException) e).messageKey()).isEqualTo("import.error.sheet.missing");
        assertThat(store.rowCount(PRODUCT)).isZero();
    }

    @Test
    void aHeaderOnlyFileImportsNothing() {
        ImportPreview preview = importer.preview(xlsx());

        assertThat(preview.rows()).isEmpty();
        assertThat(importer.commit(preview, false)).isEqualTo(new ImportSummary(0, 0, 0, 0));
        assertThat(store.rowCount(PRODUCT)).isZero();
    }

    @Test
    void anEmptyFileIsTheSheetPackagesClearError() throws Exception {
        Path empty = java.nio.file.Files.createFile(dir.resolve("empty.xlsx"));

        assertThatThrownBy(() -> importer.preview(empty)).isInstanceOf(SheetException.class)
                .extracting(e -> ((ExplainedException) e).messageKey()).isEqualTo("sheet.error.empty");
    }
}
