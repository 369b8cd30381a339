package com.mallboard.board.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.BoardCard;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.product.ui.ProductEditorDialog;
import com.mallboard.product.ui.TrashDialog;
import com.mallboard.store.Database;
import com.mallboard.store.JooqChecklistRepository;
import com.mallboard.store.JooqProductRepository;
import com.mallboard.store.TestDatabases;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import com.mallboard.workflow.StageGates;
import com.mallboard.workflow.WorkflowService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board while a colleague's desktop (its own connection to the same database) works on the same cards: a move
 * or an undo based on what the board showed before their change is refused, says what they changed, and the card
 * shows their version.
 */
@ExtendWith(ApplicationExtension.class)
class BoardConflictTest {
    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private javafx.stage.Stage window;
    private TestStore store;
    private ProductService colleague;
    private WorkflowService colleagueWorkflow;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        window = stage;
        store = TestStore.open(folder);
        Database theirs = TestDatabases.openAgain(store.database());
        JooqProductRepository repository = new JooqProductRepository(theirs.dsl(), store.clock());
        JooqChecklistRepository checklists = new JooqChecklistRepository(theirs.dsl(), store.clock());
        colleague = new ProductService(repository, checklists, store.clock(), "지수");
        colleagueWorkflow = new WorkflowService(repository, checklists, StageGates.defaults(), store.clock(), "지수");
    }

    @AfterEach
    void close() throws Exception {
        FxTestSupport.hideAllWindows();
    }

    @Test
    void movingACardAColleagueMovedMeanwhileIsRefusedNamesTheirChangeAndReloadsIt(FxRobot robot) {
        Product card = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN-50"));
        show(robot);
        Product theirCopy = colleague.find(card.id());
        colleague.update(theirCopy, theirCopy.details().toBuilder().priceWon(26_000L).build(), theirCopy.tags());
        colleagueWorkflow.move(colleague.find(card.id()), Stage.PLANNING, "공급처 재선정");

        robot.clickOn(cardNode(robot, "#cards-sourcing"));
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);

        waitUntil(() -> cardsIn(robot, "#cards-planning").size() == 1);
        assertThat(message(robot)).isEqualTo(messages.get("board.stale.move", card.name(), "단계 소싱 → 기획, 목표 판매가"));
        assertThat(cardsIn(robot, "#cards-sourcing")).isEmpty();
        assertThat(cardsIn(robot, "#cards-labeling")).isEmpty();
        assertThat(store.reload(card).stage()).isEqualTo(Stage.PLANNING);
    }

    @Test
    void undoingAMoveAfterAColleagueEditedTheCardIsRefusedAndKeepsTheirChange(FxRobot robot) {
        Product card = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN-50"));
        show(robot);
        robot.clickOn(cardNode(robot, "#cards-sourcing"));
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        waitUntil(() -> cardsIn(robot, "#cards-labeling").size() == 1);
        Product theirCopy = colleague.find(card.id());
        colleague.update(theirCopy, theirCopy.details().toBuilder().stock(7).build(), theirCopy.tags());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> message(robot).equals(messages.get("board.stale.undo", card.name(), "재고")));
        assertThat(cardsIn(robot, "#cards-labeling")).singleElement()
                .satisfies(shown -> assertThat(shown.product().details().stock()).isEqualTo(7));
        assertThat(store.reload(card).stage()).isEqualTo(Stage.LABELING);
    }

    private void show(FxRobot robot) {
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        Formats formats = new Formats(Formats.SEOUL, Locale.KOREAN);
        BoardViewModel model = new BoardViewModel(store.board(), store.boardActions(), store.boardSettings(), executor);
        robot.interact(() -> {
            BoardView view = new BoardView(model, store.savedFilters(), messages, formats,
                    new ProductEditorDialog(store.products(), new UndoableEditorCommands(store.boardActions()),
                            executor, messages, formats),
                    new TrashDialog(store.products(), executor, messages, formats));
            window.setScene(FxTestSupport.scene(view, 1400, 700));
            window.show();
            view.load();
        });
        waitUntil(() -> !model.loadingProperty().get() && robot.lookup(".card").queryAll().size() == 1);
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#boardMessage").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<BoardCard> cardsIn(FxRobot robot, String listId) {
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(robot.lookup(listId).queryAs(ListView.class).getItems());
    }

    private static Node cardNode(FxRobot robot, String listId) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Node node : robot.lookup(listId + " .list-cell").queryAll()) {
            ListCell<?> cell = (ListCell<?>) node;
            if (cell.isVisible() && !cell.isEmpty() && cell.getIndex() == 0) {
                return cell;
            }
        }
        throw new AssertionError("no card in " + listId);
    }
}
