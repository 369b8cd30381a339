package com.mallboard.product.importing.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.BoardCard;
import com.mallboard.board.ui.BoardView;
import com.mallboard.board.ui.BoardViewModel;
import com.mallboard.board.ui.UndoableEditorCommands;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import com.mallboard.product.importing.ColumnMappingMemory;
import com.mallboard.product.importing.ColumnTarget;
import com.mallboard.product.importing.ImportRow;
import com.mallboard.product.importing.ProductImport;
import com.mallboard.product.ui.ProductEditorDialog;
import com.mallboard.product.ui.TrashDialog;
import com.mallboard.report.ImportSpreadsheetFiles;
import com.mallboard.sheet.SampleSheets;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import com.mallboard.workflow.StageGates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A merchandiser loads a season's products from Excel, from the board's toolbar. */
@ExtendWith(ApplicationExtension.class)
class ProductImportDialogTest {
    private static final List<Object> HEADER = List.of("SKU", "상품명", "브랜드", "목표 판매가");

    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final AnsweredFiles files = new AnsweredFiles();
    private javafx.stage.Stage window;
    private TestStore store;
    private Product sunscreen;
    private BoardViewModel board;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        window = stage;
    }

    @BeforeEach
    void storeWithOneProduct() {
        store = TestStore.open(folder.resolve("store"));
        sunscreen = store.createAt(Stage.SOURCING, ProductDetails.builder().sku("TOR-001").name("다이브인 선크림")
                .brand("Torriden").priceWon(25_000L).build());
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxTestSupport.hideAllWindows();
        executor.shutdown();
    }

    /** The board with the import wired to its toolbar as the main window wires it. */
    private void showBoard(FxRobot robot) {
        SameThreadTaskExecutor boardWork = new SameThreadTaskExecutor();
        Formats formats = new Formats(Formats.SEOUL, Locale.KOREAN);
        board = new BoardViewModel(store.board(), store.boardActions(), store.boardSettings(), boardWork);
        ProductImport importer = new ProductImport(store.products(), StageGates.defaults().startingCheck());
        ProductImportDialog dialog = new ProductImportDialog(importer, store.products(),
                new ColumnMappingMemory(store.settings()), new ImportSpreadsheetFiles(messages), executor, messages, files);
        robot.interact(() -> {
            BoardView view = new BoardView(board, store.savedFilters(), messages, formats,
                    new ProductEditorDialog(store.products(), new UndoableEditorCommands(store.boardActions()),
                            boardWork, messages, formats),
                    new TrashDialog(store.products(), boardWork, messages, formats));
            view.addAction("importProductsToolButton", "mdi2f-file-excel-outline", "board.import",
                    () -> dialog.show(view.getScene().getWindow(), view::load));
            window.setScene(FxTestSupport.scene(view, 1200, 700));
            window.show();
            view.load();
        });
        robot.clickOn("#importProductsToolButton");
        waitUntil(() -> robot.lookup("#productImportView").tryQuery().isPresent());
    }

    private Path xlsx(String name, List<Object> header, List<Object>... rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(header);
        all.addAll(Arrays.asList(rows));
        return SampleSheets.xlsx(folder.resolve(name), all);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private void open(FxRobot robot, Path file, int rows) {
        files.open = file;
        robot.clickOn("#chooseImportFileButton");
        waitUntil(() -> rows(robot).getItems().size() == rows && !busy(robot));
    }

    private static boolean busy(FxRobot robot) {
        return robot.lookup("#importBusy").query().isVisible();
    }

    private static TableView<ImportRow> rows(FxRobot robot) {
        return robot.lookup("#importRowsTable").queryTableView();
    }

    private static Button importButton(FxRobot robot) {
        return robot.lookup("#importProductsButton").queryButton();
    }

    private static void importAndConfirm(FxRobot robot) {
        robot.clickOn("#importProductsButton");
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        robot.clickOn("#confirmButton");
    }

    private List<String> boardSkus() {
        return board.allCards().stream().map(BoardCard::product).map(Product::sku).sorted().toList();
    }

    @Test
    void aGoodFileAddsAndUpdatesProductsAndTheBoardShowsThem(FxRobot robot) {
        showBoard(robot);
        open(robot, xlsx("season.xlsx", HEADER, row("TOR-001", "다이브인 선크림", "Torriden", 28_000),
                row("ANU-1", "어성초 토너", "Anua", 19_900), row("ANU-2", "어성초 패드", "Anua", 22_000)), 3);

        assertThat(robot.lookup("#importCounts").queryLabeled().getText())
                .isEqualTo("추가 2건 · 수정 1건 · 변경 없음 0건 · 문제 있는 행 0개");
        ImportRow update = rows(robot).getItems().get(0);
        assertThat(update.kind()).isEqualTo(ImportRow.Kind.UPDATE);
        assertThat(new ImportRowText(messages).changes(update)).isEqualTo("목표 판매가: ₩25,000 → ₩28,000");
        robot.clickOn("#filterUpdates");
        assertThat(rows(robot).getItems()).extracting(r -> r.details().sku()).containsExactly("TOR-001");
        robot.clickOn("#filterInserts");
        assertThat(rows(robot).getItems()).extracting(r -> r.details().sku()).containsExactly("ANU-1", "ANU-2");
        assertThat(new ImportRowText(messages).changes(rows(robot).getItems().get(0))).isEqualTo("시작 단계: 기획");
        assertThat(robot.lookup("#importValidRowsOnly").queryAs(javafx.scene.control.CheckBox.class).isDisabled())
                .isTrue();

        importAndConfirm(robot);
        waitUntil(() -> robot.lookup("#importResult").queryLabeled().isVisible());

        assertThat(robot.lookup("#importResult").queryLabeled().getText())
                .isEqualTo("가져왔습니다: 추가 2개, 수정 1개, 변경 없음 0개, 건너뜀 0개.");
        assertThat(importButton(robot).isDisabled()).as("one import per preview").isTrue();
        assertThat(store.reload(sunscreen).details().priceWon()).isEqualTo(28_000L);
        waitUntil(() -> boardSkus().size() == 3);
        assertThat(boardSkus()).containsExactly("ANU-1", "ANU-2", "TOR-001");
    }

    @Test
    void problemsBlockTheImportUntilTheUserChoosesTheValidRowsOnly(FxRobot robot) throws IOException {
        showBoard(robot);
        open(robot, xlsx("problems.xlsx", HEADER, row("NEW-1", "첫 상품", "Anua", 10_000),
                row("NEW-2", "가격 문의", "Anua", "문의"), row("NEW-3", "셋째 상품", null, 12_000),
                row("TOR-001", "다이브인 선크림", "Torriden", 28_000)), 4);

        assertThat(importButton(robot).isDisabled()).isTrue();
        TableView<?> problems = robot.lookup("#importProblemsTable").queryTableView();
        assertThat(problems.getItems()).hasSize(1);
        robot.clickOn(robot.lookup("#importProblemsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(rows(robot).getSelectionModel().getSelectedItem().sheetRow()).isEqualTo(3);
        assertThat(robot.lookup("\"문의\"은(는) 정수가 아닙니다. 28000 또는 28,000처럼 숫자만 쓰세요.").tryQuery())
                .isPresent();
        FxTestSupport.screenshot(robot, importButton(robot).getScene(), "product-import-ko.png");
        robot.clickOn("#filterProblems");
        assertThat(rows(robot).getItems()).extracting(ImportRow::sheetRow).containsExactly(3);

        files.save = folder.resolve("problems-report.xlsx");
        robot.clickOn("#saveErrorReportButton");
        waitUntil(() -> Files.exists(files.save) && !busy(robot));
        try (InputStream in = Files.newInputStream(files.save); XSSFWorkbook report = new XSSFWorkbook(in)) {
            assertThat(report.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(report.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("NEW-2");
            assertThat(report.getSheetAt(0).getRow(1).getCell(3).getCellComment()).isNotNull();
        }

        robot.clickOn("#importValidRowsOnly");
        assertThat(importButton(robot).isDisabled()).isFalse();
        importAndConfirm(robot);
        waitUntil(() -> robot.lookup("#importResult").queryLabeled().isVisible());

        assertThat(robot.lookup("#importResult").queryLabeled().getText()).contains("추가 2개").contains("수정 1개")
                .contains("건너뜀 1개");
        List<String> stored = store.products().active().stream().map(Product::sku).sorted().toList();
        assertThat(stored).containsExactly("NEW-1", "NEW-3", "TOR-001");
    }

    @Test
    void aForeignSheetIsMappedOnceAndRememberedTheNextTime(FxRobot robot) throws IOException {
        showBoard(robot);
        files.open = xlsx("supplier-march.xlsx", List.of("품번", "제품명", "소비자가", "담당 MD"),
                row("SUP-1", "시카 크림", 32_000, "지민"));
        robot.clickOn("#chooseImportFileButton");
        waitUntil(() -> robot.lookup("#mappingPane").query().isVisible() && !busy(robot));

        ComboBox<ColumnTarget> price = robot.lookup("#mappingBox2").queryComboBox();
        assertThat(robot.lookup("#mappingBox0").queryComboBox().getValue())
                .isEqualTo(ColumnTarget.of(ProductField.SKU));
        assertThat(price.getValue()).isEqualTo(ColumnTarget.IGNORE);
        robot.interact(() -> price.setValue(ColumnTarget.of(ProductField.PRICE)));
        FxTestSupport.screenshot(robot, price.getScene(), "product-import-mapping-ko.png");
        robot.clickOn("#applyMappingButton");
        waitUntil(() -> rows(robot).getItems().size() == 1 && !busy(robot));
        assertThat(rows(robot).getItems().get(0).details().priceWon()).isEqualTo(32_000L);
        importAndConfirm(robot);
        waitUntil(() -> robot.lookup("#importResult").queryLabeled().isVisible());

        open(robot, xlsx("supplier-april.xlsx", List.of("담당 MD", "품번", "제품명", "소비자가"),
                row("민지", "SUP-2", "시카 토너", 27_000)), 1);

        assertThat(robot.lookup("#previewPane").query().isVisible()).as("no mapping step the second time").isTrue();
        assertThat(robot.lookup("#importNotice").queryLabeled().getText())
                .isEqualTo(messages.get("import.screen.mapping.remembered"));
        assertThat(rows(robot).getItems().get(0).details().priceWon()).isEqualTo(27_000L);
        robot.clickOn("#editMappingButton");
        assertThat(robot.lookup("#mappingPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#mappingBox3").queryComboBox().getValue())
                .isEqualTo(ColumnTarget.of(ProductField.PRICE));
    }

    @Test
    void aProductChangedAfterThePreviewStopsTheWholeImport(FxRobot robot) {
        showBoard(robot);
        open(robot, xlsx("season.xlsx", HEADER, row("TOR-001", "다이브인 선크림", "Torriden", 28_000),
                row("ANU-1", "어성초 토너", "Anua", 19_900)), 2);
        store.products().update(sunscreen, sunscreen.details().toBuilder().priceWon(26_000L).build(), sunscreen.tags());

        importAndConfirm(robot);
        waitUntil(() -> robot.lookup("#importError").queryLabeled().isVisible());

        assertThat(robot.lookup("#importError").queryLabeled().getText())
                .isEqualTo(messages.get("import.screen.stale"));
        assertThat(store.reloadSku("TOR-001").details().priceWon()).isEqualTo(26_000L);
        assertThat(store.products().active()).extracting(Product::sku).containsExactly("TOR-001");
    }

    @Test
    void theTemplateIsSavedWithTheStoresBrands(FxRobot robot) throws IOException {
        showBoard(robot);
        files.save = folder.resolve("template.xlsx");

        robot.clickOn("#saveTemplateButton");
        waitUntil(() -> robot.lookup("#importNotice").queryLabeled().isVisible());

        assertThat(robot.lookup("#importNotice").queryLabeled().getText())
                .isEqualTo("템플릿을 저장했습니다: template.xlsx");
        assertThat(files.suggested).containsExactly("상품_가져오기_템플릿.xlsx");
        try (InputStream in = Files.newInputStream(files.save); XSSFWorkbook template = new XSSFWorkbook(in)) {
            assertThat(template.getSheetName(0)).isEqualTo("상품");
            assertThat(template.getSheetAt(0).getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).containsExactly("Torriden"));
        }
    }

    /** The file windows, answered by the test. */
    private static final class AnsweredFiles implements FileDialogs {
        Path open;
        Path save;
        final List<String> suggested = new ArrayList<>();

        @Override
        public Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension) {
            suggested.add(suggestedName);
            return Optional.ofNullable(save);
        }

        @Override
        public Optional<Path> openFile(Window owner, String title, List<String> extensions) {
            return Optional.ofNullable(open);
        }
    }
}
