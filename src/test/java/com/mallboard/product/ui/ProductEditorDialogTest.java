package com.mallboard.product.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Gtin;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ProductEditorDialogTest {
    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private final List<Product> saved = new CopyOnWriteArrayList<>();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private TestStore store;
    private ProductEditorDialog dialog;
    private javafx.stage.Stage owner;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        store = TestStore.open(folder);
        dialog = new ProductEditorDialog(store.products(), EditorCommands.direct(store.products()), executor, messages,
                new Formats(Formats.SEOUL, Locale.KOREAN));
        owner = stage;
        FxTestSupport.showEmptyOwner(stage);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxTestSupport.hideAllWindows();
        executor.shutdown();
    }

    @Test
    void typingANewProductAndSavingStoresItAndClosesTheWindow(FxRobot robot) {
        open(robot, null);

        robot.clickOn("#skuField").write("TOR-SUN-50");
        robot.clickOn("#nameField").write("토리든 다이브인 선크림");
        robot.clickOn("#brandField").write("Torriden");
        robot.clickOn("#priceField").write("₩28,000");
        robot.clickOn("#orderQuantityField").write("1,000");
        robot.clickOn("#saveButton");
        waitUntil(() -> !saved.isEmpty());

        Product stored = store.reload(saved.get(0));
        assertThat(stored.name()).isEqualTo("토리든 다이브인 선크림");
        assertThat(stored.details().brand()).isEqualTo("Torriden");
        assertThat(stored.details().priceWon()).isEqualTo(28_000L);
        assertThat(stored.details().orderQuantity()).isEqualTo(1_000);
        assertThat(stored.stage()).isEqualTo(Stage.PLANNING);
        assertThat(editorWindowOpen(robot)).isFalse();
    }

    @Test
    void aBarcodeWithAWrongCheckDigitDisablesSaveAndSaysItIsNotEan13(FxRobot robot) {
        open(robot, null);
        robot.clickOn("#skuField").write("TOR-SUN-50");
        robot.clickOn("#nameField").write("선크림");
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isFalse();

        robot.clickOn(messages.get("editor.tab.label"));
        robot.clickOn("#barcodeField").write(wrongCheckDigit());

        String ean13 = messages.get("validation.barcode.ean13");
        TextField barcode = robot.lookup("#barcodeField").queryAs(TextField.class);
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#barcodeFieldProblem").queryLabeled().getText()).isEqualTo(ean13);
        assertThat(barcode.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        ProductEditorView view = robot.lookup("#productEditor").queryAs(ProductEditorView.class);
        assertThat(view.validation().getHighestMessage(barcode)).hasValueSatisfying(m ->
                assertThat(m.getText()).isEqualTo(ean13));
    }

    @Test
    void savingWithDuplicateSkuKeepsWhatWasTypedAndExplains(FxRobot robot) {
        store.createDraft("TOR-SUN-50", "이미 있는 선크림");
        open(robot, null);

        robot.clickOn("#skuField").write("TOR-SUN-50");
        robot.clickOn("#nameField").write("새 선크림");
        robot.clickOn("#supplierField").write("코스맥스");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#editorError").queryLabeled().isVisible());

        assertThat(robot.lookup("#editorError").queryLabeled().getText())
                .isEqualTo(messages.get("validation.duplicate.sku", "TOR-SUN-50"));
        assertThat(text(robot, "#skuField")).isEqualTo("TOR-SUN-50");
        assertThat(text(robot, "#nameField")).isEqualTo("새 선크림");
        assertThat(text(robot, "#supplierField")).isEqualTo("코스맥스");
        assertThat(saved).isEmpty();
        assertThat(editorWindowOpen(robot)).isTrue();

        robot.clickOn("#skuField").type(KeyCode.BACK_SPACE).write("1");
        robot.clickOn("#saveButton");
        waitUntil(() -> !saved.isEmpty());
        assertThat(saved.get(0).sku()).isEqualTo("TOR-SUN-51");
    }

    @Test
    void pressingEnterInTheTagBoxAddsAChipWithoutSaving(FxRobot robot) {
        open(robot, null);
        robot.clickOn("#skuField").write("TOR-SUN-50");
        robot.clickOn("#nameField").write("선크림");

        robot.clickOn("#tagField").write("Cold Chain").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".tag-chip").<Node>queryAll()).extracting(Node::getUserData).containsExactly("cold-chain");
        assertThat(text(robot, "#tagField")).isEmpty();
        assertThat(saved).isEmpty();

        robot.clickOn("#saveButton");
        waitUntil(() -> !saved.isEmpty());
        assertThat(store.reload(saved.get(0)).tags()).containsExactly("cold-chain");
    }

    @Test
    void removingATagChipTakesTheTagOff(FxRobot robot) {
        Product product = store.createAt(Stage.PLANNING, TestStore.completeDetails("TOR-SUN-50"), "summer", "gift");
        open(robot, product);

        robot.clickOn(robot.lookup(".tag-chip").match(chip -> "gift".equals(chip.getUserData()))
                .lookup(".tag-chip-remove").queryButton());
        robot.clickOn("#saveButton");
        waitUntil(() -> !saved.isEmpty());

        assertThat(store.reload(product).tags()).containsExactly("summer");
    }

    @Test
    void addingAChecklistActionAndTickingItStoresItDone(FxRobot robot) {
        Product product = store.createDraft("TOR-SUN-50", "선크림");
        open(robot, product);

        robot.clickOn(messages.get("editor.tab.checklist"));
        robot.clickOn("#checklistTitleField").write("전성분 번역 확인");
        robot.clickOn("#checklistAddButton");
        waitUntil(() -> !store.products().checklist(product.id()).isEmpty());
        waitUntil(() -> robot.lookup(".checklist-done").tryQuery().isPresent());

        robot.clickOn(".checklist-done");
        waitUntil(() -> store.products().checklist(product.id()).get(0).done());

        ChecklistAction action = store.products().checklist(product.id()).get(0);
        assertThat(action.title()).isEqualTo("전성분 번역 확인");
        assertThat(action.stage()).isEqualTo(Stage.PLANNING);
    }

    @Test
    void escapeWithUnsavedEditsAsksAndDiscardsOnlyWhenTold(FxRobot robot) {
        Product product = store.createDraft("TOR-SUN-50", "선크림");
        open(robot, product);

        robot.clickOn("#nameField").write(" 대용량");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#keepEditingButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorWindowOpen(robot)).isTrue();
        assertThat(robot.lookup("#nameField").queryTextInputControl().getText()).isEqualTo("선크림 대용량");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#discardChangesButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorWindowOpen(robot)).isFalse();
        assertThat(store.reload(product).name()).isEqualTo("선크림");
        assertThat(saved).isEmpty();
    }

    @Test
    void escapeWithoutEditsClosesAtOnce(FxRobot robot) {
        open(robot, store.createDraft("TOR-SUN-51", "선크림"));
        robot.clickOn("#nameField");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorWindowOpen(robot)).isFalse();
        assertThat(robot.lookup("#unsavedChangesDialog").tryQuery()).isEmpty();
    }

    @Test
    void theWindowTitleNamesTheProduct(FxRobot robot) {
        open(robot, store.createDraft("TOR-SUN-50", "선크림"));

        assertThat(editorWindow(robot).getScene().getWindow()).isInstanceOfSatisfying(javafx.stage.Stage.class,
                window -> assertThat(window.getTitle()).isEqualTo("TOR-SUN-50 · 선크림"));
        assertThat(robot.lookup("#trashButton").tryQuery()).isPresent();
    }

    @Test
    void aNewProductHasNoTrashButton(FxRobot robot) {
        open(robot, null);

        assertThat(robot.lookup("#trashButton").tryQuery()).isEmpty();
        assertThat(((javafx.stage.Stage) editorWindow(robot).getScene().getWindow()).getTitle()).isEqualTo("새 상품");
    }

    @Test
    void theLocationFieldOffersTheWarehousesLocationsAndStillTakesOneThatIsNotListed(FxRobot robot) {
        com.mallboard.product.WarehouseLocations locations = new com.mallboard.product.WarehouseLocations(
                store.settings());
        locations.save(List.of("A-01-01", "A-01-02", "B-02-01"));
        dialog.offerLocations(locations::all);
        open(robot, null);
        robot.clickOn("#skuField").write("NEW-SHELF");
        robot.clickOn("#nameField").write("새 선반 상품");
        robot.clickOn(messages.get("editor.tab.label"));

        robot.clickOn("#locationField").write("a-01");

        waitUntil(() -> offered(robot).equals(List.of("A-01-01", "A-01-02")));
        robot.clickOn("A-01-02");
        waitUntil(() -> "A-01-02".equals(text(robot, "#locationField")));

        robot.doubleClickOn("#locationField").eraseText(7).write("Z-99");
        robot.clickOn("#saveButton");
        waitUntil(() -> !saved.isEmpty());
        assertThat(store.reload(saved.get(0)).details().location()).isEqualTo("Z-99");
    }

    /** The codes the location field's completion popup shows now. */
    private static List<String> offered(FxRobot robot) {
        return robot.lookup(".auto-complete-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> cell.getItem() != null).map(cell -> String.valueOf(cell.getItem())).toList();
    }

    private void open(FxRobot robot, Product product) {
        robot.interact(() -> dialog.open(owner, product, saved::add));
        waitUntil(() -> robot.lookup("#productEditor").tryQuery().isPresent());
        Button save = robot.lookup("#saveButton").queryButton();
        assertThat(save.isDefaultButton()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node editorWindow(FxRobot robot) {
        return robot.lookup("#productEditor").query();
    }

    private static boolean editorWindowOpen(FxRobot robot) {
        return robot.lookup("#productEditor").tryQuery().map(Node::getScene).map(scene -> scene.getWindow())
                .map(Window::isShowing).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    private static String wrongCheckDigit() {
        String valid = Gtin.ean13("880123456789");
        return valid.substring(0, 12) + ((valid.charAt(12) - '0' + 1) % 10);
    }
}
