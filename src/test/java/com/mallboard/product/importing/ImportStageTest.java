package com.mallboard.product.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.product.StageMove;
import com.mallboard.sheet.SampleSheets;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.StageGates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage column: where a new product starts, checked by the board's gates; an existing one is never moved. */
class ImportStageTest {
    private static final List<Object> HEADER = List.of("SKU", "상품명", "진행 단계", "브랜드", "출시일", "판매가", "공급처",
            "원가", "발주 수량");
    private static final Messages KOREAN = new Messages(Locale.KOREAN);
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;
    private TestStore store;
    private ProductImport importer;

    @BeforeEach
    void setUp() {
        store = TestStore.open(dir);
        importer = new ProductImport(store.products(), StageGates.defaults().startingCheck());
    }

    private ImportPreview preview(List<Object>... rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(Arrays.asList(rows));
        return importer.preview(SampleSheets.xlsx(dir.resolve("import.xlsx"), all));
    }

    /** A new product with everything planning and sourcing ask for, in the stage {@code stage} names. */
    private static List<Object> sourced(String sku, String stage) {
        return Arrays.asList(sku, "어성초 토너", stage, "Anua", LocalDate.of(2026, 4, 1), 19_900, "코스맥스", 6_000, 500);
    }

    @Test
    void aNewProductStartsInTheStageItsRowNamesInEitherLanguageWithOneHistoryEntry() {
        ImportPreview preview = preview(sourced("A-1", "라벨링"), sourced("A-2", " labeling "), sourced("A-3", "SOURCING"),
                sourced("A-4", null), sourced("A-5", "Planning"));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::stage).containsExactly(Stage.LABELING, Stage.LABELING,
                Stage.SOURCING, Stage.PLANNING, Stage.PLANNING);
        assertThat(importer.commit(preview, false)).isEqualTo(new ImportSummary(5, 0, 0, 0));
        Product labeling = store.reloadSku("A-1");
        assertThat(labeling.stage()).isEqualTo(Stage.LABELING);
        assertThat(store.products().stageHistory(labeling.id())).extracting(StageMove::from, StageMove::to)
                .containsExactly(tuple(null, Stage.LABELING));
        assertThat(store.reloadSku("A-3").stage()).isEqualTo(Stage.SOURCING);
        assertThat(store.reloadSku("A-4").stage()).as("blank is planning").isEqualTo(Stage.PLANNING);
    }

    @Test
    void aLaterStageNeedsWhatTheGatesBeforeItAskForNamedInTheReadersWords() {
        List<Object> noSupplier = Arrays.asList("B-1", "토너", "Labeling", "Anua", LocalDate.of(2026, 4, 1), 19_900,
                null, null, null);
        List<Object> noBrand = Arrays.asList("B-2", "토너", "소싱", null, LocalDate.of(2026, 4, 1), 19_900, null, null,
                null);

        ImportPreview preview = preview(noSupplier, noBrand, sourced("B-3", "라벨링"));

        assertThat(preview.problems()).extracting(CellProblem::row, CellProblem::column, CellProblem::messageKey)
                .containsExactly(tuple(2, "C", "import.cell.stage.gate"),
                        tuple(3, "C", "import.cell.stage.gate"));
        CellProblem missing = preview.problems().get(0);
        assertThat(KOREAN.get(missing.messageKey(), missing.args()))
                .isEqualTo("라벨링 단계로 시작할 수 없습니다: " + missing("field.supplier") + "; "
                        + missing("field.cost") + "; " + missing("field.order.quantity") + ".");
        CellProblem brand = preview.problems().get(1);
        assertThat(ENGLISH.get(brand.messageKey(), brand.args()))
                .isEqualTo("The product cannot start in Sourcing: Brand is missing.");

        assertThat(importer.commit(preview, true)).isEqualTo(new ImportSummary(1, 0, 0, 2));
        assertThat(store.reloadSku("B-3").stage()).isEqualTo(Stage.LABELING);
        assertThat(store.products().active()).extracting(Product::sku).containsExactly("B-3");
    }

    private static String missing(String fieldKey) {
        return KOREAN.get("gate.missing", KOREAN.get(fieldKey));
    }

    @Test
    void anUnknownStageIsACellProblemListingTheStagesNames() {
        ImportPreview preview = preview(sourced("C-1", "검수"));

        CellProblem problem = preview.problems().get(0);
        assertThat(problem.column()).isEqualTo("C");
        assertThat(problem.messageKey()).isEqualTo("import.cell.stage");
        assertThat(ENGLISH.get(problem.messageKey(), problem.args()))
                .isEqualTo("\"검수\" is not a stage. Write one of: Planning, Sourcing, Labeling, Shipment, Done.");
        assertThat(KOREAN.get(problem.messageKey(), problem.args())).contains("기획, 소싱, 라벨링, 출고, 완료");
    }

    @Test
    void anUpdateNeverMovesTheProductAndAskingForAnotherStageIsAProblem() {
        Product stored = store.createAt(Stage.SOURCING, ProductDetails.builder().sku("D-1").name("어성초 토너")
                .brand("Anua").launchDate(LocalDate.of(2026, 4, 1)).priceWon(19_900L).supplier("코스맥스").costWon(6_000L)
                .orderQuantity(500).build());
        store.createAt(Stage.SOURCING, ProductDetails.builder().sku("D-2").name("토너").build());

        ImportPreview preview = preview(sourced("D-1", "라벨링"), Arrays.asList("D-2", "새 이름", "소싱", null, null, null,
                null, null, null));

        assertThat(preview.rows()).extracting(ImportRow::stage).containsExactly(Stage.SOURCING, Stage.SOURCING);
        assertThat(preview.problems()).hasSize(1);
        CellProblem moved = preview.problems().get(0);
        assertThat(moved.column()).isEqualTo("C");
        assertThat(KOREAN.get(moved.messageKey(), moved.args())).startsWith("단계 이동은 보드에서 합니다: 소싱 → 라벨링.");
        assertThat(preview.rows().get(1).kind()).as("the same stage is no change").isEqualTo(ImportRow.Kind.UPDATE);

        importer.commit(preview, true);
        assertThat(store.reload(stored).stage()).isEqualTo(Stage.SOURCING);
        assertThat(store.reloadSku("D-2").stage()).isEqualTo(Stage.SOURCING);
        assertThat(store.reloadSku("D-2").name()).isEqualTo("새 이름");
    }

    @Test
    void theStageHeaderIsTheAppsOwnLabelInEitherLanguage() {
        for (String header : List.of("단계", "Stage", "진행 단계", " stage ")) {
            assertThat(ColumnMapping.guess(header)).as(header).isEqualTo(ColumnTarget.STAGE);
        }
        assertThat(ColumnTarget.choices()).contains(ColumnTarget.STAGE);
        assertThat(ColumnTarget.ofCode(ColumnTarget.STAGE.code())).isEqualTo(ColumnTarget.STAGE);
    }
}
