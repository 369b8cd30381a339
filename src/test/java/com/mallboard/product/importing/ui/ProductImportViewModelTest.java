package com.mallboard.product.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.product.importing.CellProblem;
import com.mallboard.product.importing.ColumnMappingMemory;
import com.mallboard.product.importing.ImportRow;
import com.mallboard.product.importing.ProductImport;
import com.mallboard.product.importing.ui.ProductImportViewModel.Filter;
import com.mallboard.product.importing.ui.ProductImportViewModel.Step;
import com.mallboard.report.ImportSpreadsheetFiles;
import com.mallboard.sheet.SampleSheets;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.StageGates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import screen's state without a window: filters, problems, when Import is allowed, unreadable files. */
class ProductImportViewModelTest {
    private final Messages messages = new Messages(Locale.KOREAN);
    private final AtomicInteger imports = new AtomicInteger();

    @TempDir
    Path dir;
    private TestStore store;
    private ProductImportViewModel model;

    @BeforeEach
    void setUp() {
        store = TestStore.open(dir.resolve("store"));
        store.createAt(Stage.PLANNING, ProductDetails.builder().sku("TOR-001").name("선크림").priceWon(25_000L).build());
        ProductImport importer = new ProductImport(store.products(), StageGates.defaults().startingCheck());
        model = new ProductImportViewModel(importer, store.products(),
                new ColumnMappingMemory(store.settings()), new ImportSpreadsheetFiles(messages),
                new SameThreadTaskExecutor(), messages, imports::incrementAndGet);
    }

    private Path season() {
        return SampleSheets.xlsx(dir.resolve("season.xlsx"), List.of(List.of("SKU", "상품명", "목표 판매가"),
                Arrays.asList("NEW-1", "토너", 10_000), Arrays.asList("NEW-2", "세럼", "문의"),
                Arrays.asList("TOR-001", "선크림", 28_000)));
    }

    @Test
    void filtersShowTheirRowsAndAProblemLeadsToItsRow() {
        model.open(season());

        assertThat(model.stepProperty().get()).isEqualTo(Step.PREVIEW);
        model.filterProperty().set(Filter.UPDATES);
        assertThat(model.rows()).extracting(r -> r.details().sku()).containsExactly("TOR-001");
        model.filterProperty().set(Filter.PROBLEMS);
        assertThat(model.rows()).extracting(ImportRow::sheetRow).containsExactly(3);
        model.filterProperty().set(Filter.INSERTS);
        assertThat(model.rows()).extracting(r -> r.details().sku()).containsExactly("NEW-1");

        CellProblem problem = model.problems().get(0);
        assertThat(model.cellOf(problem)).isEqualTo("C3 · 목표 판매가");
        assertThat(model.rowOf(problem).sheetRow()).isEqualTo(3);
        assertThat(model.filterProperty().get()).as("the filter no longer hides the row").isEqualTo(Filter.ALL);
    }

    @Test
    void importIsAllowedOnlyWithoutProblemsOrForTheValidRowsAndOnlyOnce() {
        model.open(season());
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.confirmation()).contains("문제 있는 행 1개는 건너뜁니다").contains("상품 1개를 추가하고 1개를 수정");

        model.validRowsOnlyProperty().set(true);
        assertThat(model.canImportProperty().get()).isTrue();
        model.importRows();

        assertThat(model.resultProperty().get()).isEqualTo("가져왔습니다: 추가 1개, 수정 1개, 변경 없음 0개, 건너뜀 1개.");
        assertThat(imports).hasValue(1);
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(store.reloadSku("TOR-001").details().priceWon()).isEqualTo(28_000L);
    }

    @Test
    void aFileThatIsNotASpreadsheetSaysSoAndShowsNothing() throws IOException {
        Path notes = Files.write(dir.resolve("notes.xlsx"), new byte[] {0, 1, 2, 3, 4, 5});

        model.open(notes);

        assertThat(model.errorProperty().get()).isNotEmpty().doesNotContain("Exception");
        assertThat(model.stepProperty().get()).isEqualTo(Step.EMPTY);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.canImportProperty().get()).isFalse();
    }
}
