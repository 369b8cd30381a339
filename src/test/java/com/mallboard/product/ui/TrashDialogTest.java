package com.mallboard.product.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TrashDialogTest {
    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private final Formats formats = new Formats(Formats.SEOUL, Locale.KOREAN);
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<Product> saved = new CopyOnWriteArrayList<>();
    private final AtomicInteger trashChanges = new AtomicInteger();
    private TestStore store;
    private javafx.stage.Stage owner;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        store = TestStore.open(folder);
        owner = stage;
        FxTestSupport.showEmptyOwner(stage);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdown();
    }

    @Test
    void movingAProductToTheTrashFromTheEditorThenRestoringItPutsItBack(FxRobot robot) {
        Product product = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN-50"));
        ProductEditorDialog editor = new ProductEditorDialog(store.products(), EditorCommands.direct(store.products()),
                executor, messages, formats);
        robot.interact(() -> editor.open(owner, product, saved::add));
        waitUntil(() -> robot.lookup("#trashButton").tryQuery().isPresent());

        robot.clickOn("#trashButton");
        waitUntil(() -> !saved.isEmpty());
        assertThat(saved.get(0).inTrash()).isTrue();
        assertThat(robot.lookup("#productEditor").tryQuery()).isEmpty();

        openTrash(robot);
        robot.clickOn("TOR-SUN-50");
        robot.clickOn("#restoreButton");
        waitUntil(() -> trashChanges.get() == 1);

        Product restored = store.reload(product);
        assertThat(restored.inTrash()).isFalse();
        assertThat(restored.stage()).isEqualTo(Stage.SOURCING);
        assertThat(trashRows(robot)).isEmpty();
    }

    @Test
    void deletingForeverAsksFirstAndKeepsTheProductWhenTheAnswerIsNo(FxRobot robot) {
        Product product = store.createDraft("OLD-TONER", "예전 토너");
        store.products().moveToTrash(product.id());
        openTrash(robot);

        robot.clickOn("OLD-TONER");
        robot.clickOn("#purgeButton");
        waitUntil(() -> robot.lookup("#purgeConfirmation").tryQuery().isPresent());
        robot.clickOn("#cancelPurgeButton");

        assertThat(store.productRepository().find(product.id())).isPresent();
        assertThat(trashRows(robot)).hasSize(1);

        robot.clickOn("OLD-TONER");
        robot.clickOn("#purgeButton");
        waitUntil(() -> robot.lookup("#confirmPurgeButton").tryQuery().isPresent());
        robot.clickOn("#confirmPurgeButton");
        waitUntil(() -> trashChanges.get() == 1);

        assertThat(store.productRepository().find(product.id())).isEmpty();
        assertThat(trashRows(robot)).isEmpty();
    }

    @Test
    void restoreAndDeleteWaitUntilAProductIsChosen(FxRobot robot) {
        store.products().moveToTrash(store.createDraft("OLD-TONER", "예전 토너").id());
        openTrash(robot);

        assertThat(robot.lookup("#restoreButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#purgeButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("OLD-TONER");

        assertThat(robot.lookup("#restoreButton").queryButton().isDisabled()).isFalse();
    }

    private void openTrash(FxRobot robot) {
        TrashDialog trash = new TrashDialog(store.products(), executor, messages, formats);
        robot.interact(() -> trash.open(owner, trashChanges::incrementAndGet));
        waitUntil(() -> robot.lookup("#trashList").tryQuery().isPresent());
        waitUntil(() -> !trashRows(robot).isEmpty() || store.products().trash().isEmpty());
    }

    private static List<TrashViewModel.Row> trashRows(FxRobot robot) {
        TableView<TrashViewModel.Row> table = robot.lookup("#trashList").queryTableView();
        return List.copyOf(table.getItems());
    }
}
