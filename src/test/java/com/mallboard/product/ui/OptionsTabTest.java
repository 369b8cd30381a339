package com.mallboard.product.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.FieldProblem;
import com.mallboard.product.InvalidProductException;
import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import com.mallboard.product.ProductOption;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A merchandiser on the editor's options tab: adding shades, a repeated SKU, removing one, the stock total. */
@ExtendWith(ApplicationExtension.class)
class OptionsTabTest {
    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final InMemoryOptions commands = new InMemoryOptions();
    private TestStore store;
    private ProductEditorDialog dialog;
    private javafx.stage.Stage owner;

    /** Stands in for {@code ProductService.options / saveOptions}: options kept in a map, SKUs others use refused. */
    private static final class InMemoryOptions implements OptionCommands {
        final Map<Long, List<ProductOption>> stored = new ConcurrentHashMap<>();
        final List<List<ProductOption>> saves = new CopyOnWriteArrayList<>();
        final Set<String> takenSkus = ConcurrentHashMap.newKeySet();

        @Override
        public List<ProductOption> load(long productId) {
            return stored.getOrDefault(productId, List.of());
        }

        @Override
        public Product save(Product product, List<ProductOption> options) {
            if (options.stream().anyMatch(option -> takenSkus.contains(option.sku()))) {
                throw new InvalidProductException(List.of(new FieldProblem(ProductField.SKU, "option.sku.taken")));
            }
            saves.add(options);
            stored.put(product.id(), options);
            return product;
        }
    }

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        store = TestStore.open(folder);
        dialog = new ProductEditorDialog(store.products(), EditorCommands.direct(store.products()), executor, messages,
                new Formats(Formats.SEOUL, Locale.KOREAN), List.of(new OptionsEditorTab(commands, executor, messages)));
        owner = stage;
        FxTestSupport.showEmptyOwner(stage);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxTestSupport.hideAllWindows();
        executor.shutdown();
    }

    @Test
    void addingTwoShadesAndSavingSendsThemInOrderAndSaysTheMallsGetThemNextSync(FxRobot robot) {
        Product product = store.createDraft("ROM-TINT", "롬앤 쥬시 래스팅 틴트");
        openOptionsTab(robot, product);
        assertThat(text(robot, "#optionStockTotal")).isEqualTo(messages.get("option.total.none"));
        assertThat(robot.lookup("#optionHint").queryLabeled().getText()).contains("SKU");

        addOption(robot, "01 쥬시", "ROM-TINT-01", "70");
        addOption(robot, "02 누카다미아", "ROM-TINT-02", "50");
        assertThat(text(robot, "#optionStockTotal")).isEqualTo("옵션 재고 합계 120개 — 상품 재고로 쓰입니다");
        robot.clickOn("#saveOptionsButton");
        waitUntil(() -> !commands.saves.isEmpty());
        waitUntil(() -> robot.lookup("#optionsMessage").queryLabeled().isVisible());

        assertThat(commands.saves.get(0)).containsExactly(new ProductOption("01 쥬시", "ROM-TINT-01", 70),
                new ProductOption("02 누카다미아", "ROM-TINT-02", 50));
        assertThat(text(robot, "#optionsMessage")).isEqualTo(messages.get("option.saved"));
        assertThat(robot.lookup("#optionProblems").queryLabeled().isVisible()).isFalse();
    }

    @Test
    void aRepeatedSkuIsNamedAndSaveWaitsUntilItIsFixed(FxRobot robot) {
        Product product = store.createDraft("ROM-TINT", "롬앤 쥬시 래스팅 틴트");
        openOptionsTab(robot, product);

        addOption(robot, "01 쥬시", "ROM-TINT-01", "70");
        addOption(robot, "02 누카다미아", "ROM-TINT-01", "50");

        assertThat(robot.lookup("#optionProblems").queryLabeled().isVisible()).isTrue();
        assertThat(text(robot, "#optionProblems")).isEqualTo(messages.get("option.duplicate.sku"));
        assertThat(robot.lookup("#saveOptionsButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#removeOption-1");
        assertThat(robot.lookup("#optionProblems").queryLabeled().isVisible()).isFalse();
        assertThat(robot.lookup("#saveOptionsButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void removingAnOptionDropsItAndTheTotalFollows(FxRobot robot) {
        Product product = store.createDraft("ROM-TINT", "롬앤 쥬시 래스팅 틴트");
        commands.stored.put(product.id(), List.of(new ProductOption("01 쥬시", "ROM-TINT-01", 70),
                new ProductOption("02 누카다미아", "ROM-TINT-02", 50)));
        openOptionsTab(robot, product);
        waitUntil(() -> text(robot, "#optionStockTotal").contains("120"));

        robot.clickOn("#removeOption-0");
        assertThat(text(robot, "#optionStockTotal")).isEqualTo("옵션 재고 합계 50개 — 상품 재고로 쓰입니다");
        robot.clickOn("#saveOptionsButton");
        waitUntil(() -> !commands.saves.isEmpty());

        assertThat(commands.saves.get(0)).containsExactly(new ProductOption("02 누카다미아", "ROM-TINT-02", 50));
    }

    @Test
    void theServicesProblemShowsByItsMessageAndNothingIsSaved(FxRobot robot) {
        Product product = store.createDraft("ROM-TINT", "롬앤 쥬시 래스팅 틴트");
        commands.takenSkus.add("TOR-SUN-50");
        openOptionsTab(robot, product);

        addOption(robot, "01 쥬시", "TOR-SUN-50", "1,200");
        assertThat(text(robot, "#optionStockTotal")).contains("1,200개");
        robot.clickOn("#saveOptionsButton");
        waitUntil(() -> robot.lookup("#optionProblems").queryLabeled().isVisible());

        assertThat(text(robot, "#optionProblems")).isEqualTo(messages.get("option.sku.taken"));
        assertThat(commands.saves).isEmpty();
        assertThat(robot.lookup("#optionsMessage").queryLabeled().isVisible()).isFalse();
    }

    @Test
    void aNewProductHasNoOptionsTab(FxRobot robot) {
        robot.interact(() -> dialog.open(owner, null, p -> { }));
        waitUntil(() -> robot.lookup("#editorTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(Tab::getId).doesNotContain("optionsTab");
    }

    private void openOptionsTab(FxRobot robot, Product product) {
        robot.interact(() -> dialog.open(owner, product, p -> { }));
        waitUntil(() -> robot.lookup("#editorTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        Tab options = tabs.getTabs().stream().filter(tab -> "optionsTab".equals(tab.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(options));
        waitUntil(() -> robot.lookup("#optionsProgress").tryQuery().isPresent()
                && !robot.lookup("#optionsProgress").query().isVisible());
    }

    private static void addOption(FxRobot robot, String name, String sku, String stock) {
        robot.clickOn("#optionNameField").write(name);
        robot.clickOn("#optionSkuField").write(sku);
        robot.clickOn("#optionStockField").write(stock);
        robot.clickOn("#addOptionButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }
}
