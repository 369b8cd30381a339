package com.mallboard.product.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.store.Database;
import com.mallboard.store.JooqChecklistRepository;
import com.mallboard.store.JooqProductRepository;
import com.mallboard.store.TestDatabases;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two people on one database: while the editor is open, a colleague's desktop (its own connection, its own user)
 * saves the same product. Saving then shows the conflict dialog; what is chosen there is what gets stored.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictDialogTest {
    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private final List<Product> saved = new CopyOnWriteArrayList<>();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private TestStore store;
    private ProductService colleague;
    private ProductEditorDialog dialog;
    private javafx.stage.Stage owner;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        store = TestStore.open(folder);
        Database theirs = TestDatabases.openAgain(store.database());
        colleague = new ProductService(new JooqProductRepository(theirs.dsl(), store.clock()),
                new JooqChecklistRepository(theirs.dsl(), store.clock()), store.clock(), "지수");
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
    void savingAfterAColleagueSavedShowsTheirsAgainstMineAndStoresTheChosenMerge(FxRobot robot) throws IOException {
        Product opened = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN-50"), "sunscreen");
        open(robot, opened);
        colleagueSaves(opened, details -> details.name("다이브인 선크림 (리뉴얼)").priceWon(26_000L).stock(120),
                Set.of("sunscreen", "gift-set"));
        replaceText(robot, "#nameField", "다이브인 마일드 선크림");
        replaceText(robot, "#priceField", "29,000");
        replaceText(robot, "#notesField", "샘플 반려, 재요청");

        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#conflictDialog").tryQuery().isPresent());

        RadioButton theirName = robot.lookup("#conflictTheirs-NAME").queryAs(RadioButton.class);
        RadioButton myName = robot.lookup("#conflictMine-NAME").queryAs(RadioButton.class);
        RadioButton theirPrice = robot.lookup("#conflictTheirs-PRICE").queryAs(RadioButton.class);
        assertThat(theirName.getText()).isEqualTo("다이브인 선크림 (리뉴얼)\n지수, 2026-11-25 10:05");
        assertThat(myName.getText()).isEqualTo("다이브인 마일드 선크림");
        assertThat(myName.isSelected()).isTrue();
        assertThat(theirPrice.getText()).startsWith("26,000\n");
        assertThat(robot.lookup("#conflictMine-PRICE").queryAs(RadioButton.class).getText()).isEqualTo("29,000");
        assertThat(robot.lookup("#conflictTheirs-NOTES").tryQuery()).isEmpty();
        assertThat(robot.lookup("#conflictTheirs-STOCK").tryQuery()).isEmpty();
        assertThat(text(robot, "#conflictTaken")).isEqualTo("상대방 저장에서 가져온 항목: 재고, 태그");
        assertThat(text(robot, "#conflictKept")).isEqualTo("내 편집에서 유지한 항목: 메모");
        FxTestSupport.screenshot(robot, robot.lookup("#conflictDialog").query().getScene(), "conflict-dialog-ko.png");

        robot.clickOn(theirPrice);
        robot.clickOn("#conflictSaveButton");
        waitUntil(() -> !saved.isEmpty());

        Product stored = store.reload(opened);
        assertThat(stored.details().name()).isEqualTo("다이브인 마일드 선크림");
        assertThat(stored.details().priceWon()).isEqualTo(26_000L);
        assertThat(stored.details().stock()).isEqualTo(120);
        assertThat(stored.details().notes()).isEqualTo("샘플 반려, 재요청");
        assertThat(stored.tags()).containsExactlyInAnyOrder("sunscreen", "gift-set");
        assertThat(stored.version()).isEqualTo(opened.version() + 2);
        waitUntil(() -> robot.lookup("#productEditor").tryQuery().isEmpty());
    }

    @Test
    void takeAllTheirsThenCancelKeepsTheEditorOpenWithMyEdits(FxRobot robot) {
        Product opened = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN-50"));
        open(robot, opened);
        colleagueSaves(opened, details -> details.priceWon(26_000L), opened.tags());
        replaceText(robot, "#priceField", "29,000");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#conflictDialog").tryQuery().isPresent());

        robot.clickOn("#takeAllTheirsButton");
        assertThat(robot.lookup("#conflictTheirs-PRICE").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#conflictCancelButton");
        waitUntil(() -> robot.lookup("#conflictDialog").tryQuery().isEmpty());

        assertThat(robot.lookup("#priceField").queryAs(TextInputControl.class).getText()).isEqualTo("29,000");
        assertThat(text(robot, "#editorError")).isEqualTo(messages.get("merge.cancelled"));
        assertThat(saved).isEmpty();
        assertThat(store.reload(opened).details().priceWon()).isEqualTo(26_000L);
    }

    @Test
    void savingAProductTheColleagueDeletedSaysSoAndKeepsTheEdits(FxRobot robot) {
        Product opened = store.createAt(Stage.PLANNING, TestStore.completeDetails("TOR-SUN-50"));
        open(robot, opened);
        colleague.moveToTrash(opened.id());
        colleague.purge(opened.id());
        replaceText(robot, "#priceField", "29,000");

        robot.clickOn("#saveButton");
        waitUntil(() -> messages.get("merge.deleted").equals(text(robot, "#editorError")));

        assertThat(robot.lookup("#conflictDialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#priceField").queryAs(TextInputControl.class).getText()).isEqualTo("29,000");
        assertThat(saved).isEmpty();
    }

    private void colleagueSaves(Product opened, java.util.function.UnaryOperator<com.mallboard.product.ProductDetailsBuilder>
            change, Set<String> tags) {
        store.clock().advance(Duration.ofMinutes(5));
        Product theirCopy = colleague.find(opened.id());
        colleague.update(theirCopy, change.apply(theirCopy.details().toBuilder()).build(), tags);
    }

    private void open(FxRobot robot, Product product) {
        robot.interact(() -> dialog.open(owner, product, saved::add));
        waitUntil(() -> robot.lookup("#productEditor").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void replaceText(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return ((Label) node).getText();
    }
}
