package com.mallboard.product.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.Gtin;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ProductSheet;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportWorkbook;
import com.mallboard.report.XlsxTableWriter;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.StageGates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Products sheet a manager exports is a file the import takes back: same products, field by field. */
class ImportRoundTripTest {
    @TempDir
    Path dir;
    private TestStore source;

    @BeforeEach
    void fillTheSourceStore() {
        source = TestStore.open(dir.resolve("source"));
        source.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-001"), "summer", "best seller", "신상",
                "campaign:2026-05-01");
        source.createAt(Stage.SOURCING, ProductDetails.builder().sku("ZERO-01").name("라운드랩 1025 독도 토너")
                .brand("라운드랩").influencer("뷰티소라").category("toner").launchDate(LocalDate.of(2026, 12, 31))
                .priceWon(1_234_567L).costWon(0L).supplier("한국콜마").orderQuantity(0).shippedQuantity(0).stock(7)
                .barcode(Gtin.ean13("001234567890")).location("A-01-03").capacity("200㎖ ①")
                .manufacturer("한국콜마(주)").responsibleSeller("(주)서린컴퍼니").usagePeriod("개봉 후 12개월")
                .ingredients("정제수, 글리세린, \"해양심층수\"").notes("첫 줄\n둘째 줄; 세미콜론, 쉼표").build(), "비건");
        source.createAt(Stage.PLANNING, ProductDetails.of("MIN-1", "이름만 있는 상품"));
        source.createAt(Stage.LABELING, TestStore.completeDetails("LAB-1").toBuilder()
                .barcode(Gtin.ean13("880123456790")).build());
    }

    private Path export(Locale language) {
        Path file = dir.resolve("products-" + language.getLanguage() + ".xlsx");
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            new ProductSheet(source.products(), new XlsxTableWriter()).write(workbook,
                    ReportRequest.everything(new Messages(language)), ExportProgress.NONE, () -> false);
            workbook.saveTo(file);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void exportedProductsImportIntoAnEmptyStoreFieldByFieldAndAgainAsUnchanged(String language) {
        Path file = export(Locale.forLanguageTag(language));
        TestStore target = TestStore.open(dir.resolve("target-" + language));
        ProductImport importer = new ProductImport(target.products(), StageGates.defaults().startingCheck());

        ImportPreview preview = importer.preview(file);
        importer.commit(preview, false);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.ignoredColumns()).as("the stage column is read too").isEmpty();
        for (Product original : source.products().active()) {
            Product copy = target.reloadSku(original.sku());
            assertThat(copy.details()).as(original.sku()).isEqualTo(original.details());
            assertThat(copy.tags()).as(original.sku()).isEqualTo(original.tags());
            assertThat(copy.stage()).as(original.sku()).isEqualTo(original.stage());
            assertThat(target.products().stageHistory(copy.id())).as("created there, not moved there")
                    .singleElement().satisfies(move -> assertThat(move.to()).isEqualTo(original.stage()));
        }
        assertThat(target.products().active()).hasSameSizeAs(source.products().active());

        assertThat(importer.preview(file).rows()).extracting(ImportRow::kind).containsOnly(ImportRow.Kind.UNCHANGED);
        ProductImport intoTheSource = new ProductImport(source.products(), StageGates.defaults().startingCheck());
        assertThat(intoTheSource.preview(file).rows()).hasSize(4)
                .extracting(ImportRow::kind).containsOnly(ImportRow.Kind.UNCHANGED);
    }
}
