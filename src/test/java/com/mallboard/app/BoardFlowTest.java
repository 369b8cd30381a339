package com.mallboard.app;

import static com.mallboard.app.RunningApp.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.BoardCard;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.store.JooqMallRepository;
import com.mallboard.store.JooqOrderRepository;
import com.mallboard.store.TestStore;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The board as a merchandiser uses it: create, drag through gates, bulk move, undo, filter, switch language. */
@ExtendWith(ApplicationExtension.class)
class BoardFlowTest {
    @TempDir
    Path dataFolder;

    private AppContext context;
    private MainScene mainScene;

    @Start
    void start(javafx.stage.Stage stage) {
        RunningApp app = RunningApp.open(stage, dataFolder);
        context = app.context;
        mainScene = app.mainScene;
    }

    @Test
    void creatingAProductWithTheKeyboardPutsItsCardInPlanning(FxRobot robot) {
        waitUntil(() -> !board().model().loadingProperty().get());
        robot.clickOn("#searchField").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.clickOn("#cards-planning");
        robot.type(KeyCode.N);
        waitUntil(() -> robot.lookup("#productEditor").tryQuery().isPresent());
        robot.clickOn("#skuField").write("TR-SUN-001");
        robot.interact(() -> robot.lookup("#nameField").queryTextInputControl().setText("다이브인 선크림"));
        robot.clickOn("#saveButton");
        waitUntil(() -> cardsIn("#cards-planning").stream().anyMatch(c -> "TR-SUN-001".equals(c.product().sku())));
        assertThat(context.productRepository().findActive()).extracting(Product::name).containsExactly("다이브인 선크림");
    }

    @Test
    void draggingACardWithoutBrandShowsTheGateReasonAndMovesOnceFixed(FxRobot robot) {
        Product draft = context.products().create(ProductDetails.of("TR-SUN-002", "워터 선크림"), Set.of("sunscreen"));
        reloadBoard();
        robot.drag(cardNode(robot, "#cards-planning", 0), MouseButton.PRIMARY).dropTo("#cards-sourcing");
        waitUntil(() -> board().message().contains("브랜드"));
        assertThat(board().message()).contains("워터 선크림").contains("브랜드 항목이 비어 있습니다");
        assertThat(cardsIn("#cards-planning")).extracting(BoardCard::id).containsExactly(draft.id());

        robot.doubleClickOn(cardNode(robot, "#cards-planning", 0));
        waitUntil(() -> robot.lookup("#productEditor").tryQuery().isPresent());
        robot.clickOn("#brandField").write("Torriden");
        robot.clickOn("#priceField").write("19000");
        robot.interact(() -> robot.lookup("#launchDatePicker").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2027, 4, 1)));
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#productEditor").tryQuery().isEmpty() && !cardsIn("#cards-planning").isEmpty()
                && cardsIn("#cards-planning").get(0).gateProblems().isEmpty());
        robot.drag(cardNode(robot, "#cards-planning", 0), MouseButton.PRIMARY).dropTo("#cards-sourcing");
        waitUntil(() -> cardsIn("#cards-sourcing").size() == 1);
        assertThat(context.products().find(draft.id()).stage()).isEqualTo(Stage.SOURCING);
    }

    @Test
    void bulkMovingSelectedCardsAndUndoingPutsThemBack(FxRobot robot) {
        for (int i = 1; i <= 3; i++) {
            context.products().create(TestStore.completeDetails("BULK-" + i), Set.of());
        }
        reloadBoard();
        robot.clickOn(cardNode(robot, "#cards-planning", 0));
        robot.press(KeyCode.SHIFT).clickOn(cardNode(robot, "#cards-planning", 2)).release(KeyCode.SHIFT);
        robot.clickOn("#bulkMoveButton").clickOn("#bulkMoveTo-sourcing");
        waitUntil(() -> cardsIn("#cards-sourcing").size() == 3);
        assertThat(cardsIn("#cards-planning")).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> cardsIn("#cards-planning").size() == 3);
        assertThat(context.productRepository().findActive()).extracting(Product::stage).containsOnly(Stage.PLANNING);
    }

    @Test
    void altRightMovesTheSelectedCardAndMovingBackAsksWhy(FxRobot robot) {
        Product product = context.products().create(TestStore.completeDetails("KEY-1"), Set.of());
        reloadBoard();
        robot.clickOn(cardNode(robot, "#cards-planning", 0));
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        waitUntil(() -> cardsIn("#cards-sourcing").size() == 1);

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitUntil(() -> robot.lookup("#reasonField").tryQuery().isPresent());
        robot.clickOn("#reasonField").write("price check");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> cardsIn("#cards-planning").size() == 1);
        assertThat(context.products().stageHistory(product.id())).last()
                .satisfies(move -> assertThat(move.reason()).isEqualTo("price check"));
    }

    @Test
    void deleteTrashesTheSelectedCardAndUndoBringsItBack(FxRobot robot) {
        Product product = context.products().create(ProductDetails.of("DEL-1", "지울 상품"), Set.of());
        reloadBoard();
        robot.clickOn(cardNode(robot, "#cards-planning", 0));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> cardsIn("#cards-planning").isEmpty());
        assertThat(context.products().trash()).extracting(Product::id).containsExactly(product.id());

        robot.clickOn("#undoButton");
        waitUntil(() -> cardsIn("#cards-planning").size() == 1);
        assertThat(context.products().trash()).isEmpty();
    }

    @Test
    void aFirstRunOffersTheDemoCatalogueAndRemovesItInOneClick(FxRobot robot) {
        waitUntil(() -> robot.lookup("#demoBanner").query().isVisible());
        robot.clickOn("#demoBannerAction");
        waitUntil(() -> board().model().allCards().size() >= 50);
        assertThat(board().model().allCards()).allMatch(card -> card.product().demo());
        for (Stage stage : Stage.values()) {
            assertThat(board().model().allCards(stage)).as("cards in %s", stage).isNotEmpty();
        }
        context.products().create(ProductDetails.of("MINE-1", "내 상품"), Set.of());

        robot.clickOn("#demoBannerAction");
        waitUntil(() -> context.demo().isInstalled() == false && board().model().allCards().size() == 1);
        assertThat(board().model().allCards()).extracting(c -> c.product().sku()).containsExactly("MINE-1");
    }

    @Test
    void typingInTheSearchFieldFiltersEveryColumn(FxRobot robot) {
        context.products().create(TestStore.completeDetails("FILTER-1"), Set.of("sunscreen"));
        context.products().create(ProductDetails.of("FILTER-2", "수분 토너"), Set.of("toner"));
        reloadBoard();
        robot.clickOn("#searchField").write("#sunscreen");
        waitUntil(() -> cardsIn("#cards-planning").size() == 1);
        assertThat(cardsIn("#cards-planning").get(0).product().sku()).isEqualTo("FILTER-1");
        robot.clickOn("#clearFilter");
        waitUntil(() -> cardsIn("#cards-planning").size() == 2);
    }

    @Test
    void theOpenOrdersToggleKeepsOnlyProductsWithOrdersWaitingToShip(FxRobot robot) {
        Product ordered = context.products().create(TestStore.completeDetails("ORDER-1"), Set.of());
        context.products().create(TestStore.completeDetails("ORDER-2"), Set.of());
        Mall mall = new JooqMallRepository(context.database().dsl(), context.clock()).add(new Mall(0, Platform.CAFE24,
                "glowmall", 1, "글로우몰", "2025-12-01", null, "c", true, false, 0));
        RemoteOrderItem line = new RemoteOrderItem("O-1-01", "ORDER-1", "선크림", null, 2, 28_000, "N10", null, null, null);
        new JooqOrderRepository(context.database().dsl()).save(mall.id(), List.of(new RemoteOrder("O-1",
                context.clock().instant(), true, false, 28_000, "김민지", null, List.of(line))), context.clock().instant());
        reloadBoard();

        robot.clickOn("#openOrdersToggle");
        waitUntil(() -> cardsIn("#cards-planning").size() == 1);
        assertThat(cardsIn("#cards-planning")).extracting(BoardCard::id).containsExactly(ordered.id());
        assertThat(robot.lookup("#cards-planning #cardOpenOrders").queryLabeled().getText()).isEqualTo("주문 1 · 2개");
        robot.clickOn("#clearFilter");
        waitUntil(() -> cardsIn("#cards-planning").size() == 2);
        assertThat(robot.lookup("#openOrdersToggle").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void aSavedFilterComesBackFromTheMenu(FxRobot robot) {
        context.products().create(TestStore.completeDetails("SAVED-1"), Set.of("sunscreen"));
        context.products().create(ProductDetails.of("SAVED-2", "수분 토너"), Set.of());
        reloadBoard();
        robot.clickOn("#searchField").write("#sunscreen");
        robot.clickOn("#savedFilters").clickOn("#saveFilterItem");
        waitUntil(() -> robot.lookup("#filterNameField").tryQuery().isPresent());
        robot.clickOn("#filterNameField").write("선크림만").type(KeyCode.ENTER);
        waitUntil(() -> context.savedFilters().all().size() == 1);
        robot.clickOn("#clearFilter");
        waitUntil(() -> cardsIn("#cards-planning").size() == 2);

        robot.clickOn("#savedFilters");
        waitUntil(() -> robot.lookup("선크림만").tryQuery().isPresent());
        robot.clickOn("선크림만");
        waitUntil(() -> cardsIn("#cards-planning").size() == 1);
        assertThat(robot.lookup("#searchField").queryTextInputControl().getText()).isEqualTo("#sunscreen");
    }

    @Test
    void switchingToEnglishRelabelsTheBoard(FxRobot robot) {
        waitUntil(() -> !board().model().loadingProperty().get());
        assertThat(robot.lookup("#header-planning .stage-title").queryLabeled().getText()).isEqualTo("기획");
        robot.clickOn("#settingsTab").clickOn("#languageChoice").clickOn("English");
        waitUntil(() -> robot.lookup("#header-planning .stage-title").queryLabeled().getText().equals("Planning"));
        assertThat(robot.lookup("#newButton").queryButton().getText()).isEqualTo("New product");
        assertThat(context.settings().get("app.language")).contains("en");

        // The Korean board was replaced: its shortcuts must not open a second editor.
        robot.interact(() -> board().focusBoard());
        robot.type(KeyCode.N);
        waitUntil(() -> robot.lookup("#productEditor").tryQuery().isPresent());
        assertThat(robot.lookup("#productEditor").queryAll()).hasSize(1);
    }

    private com.mallboard.board.ui.BoardView board() {
        return mainScene.current().board();
    }

    private void reloadBoard() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> board().load());
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !board().model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<BoardCard> cardsIn(String listId) {
        ListView<BoardCard> list = (ListView<BoardCard>) mainScene.current().lookup(listId);
        return List.copyOf(list.getItems());
    }

    /**
     * The cell showing the {@code index}-th card. A virtualised list also keeps spare cells (hidden, sometimes still
     * holding an old card) that a plain lookup can return first.
     */
    private javafx.scene.Node cardNode(FxRobot robot, String listId, int index) {
        WaitForAsyncUtils.waitForFxEvents();
        for (javafx.scene.Node node : robot.lookup(listId + " .list-cell").queryAll()) {
            ListCell<?> cell = (ListCell<?>) node;
            if (cell.isVisible() && !cell.isEmpty() && cell.getIndex() == index) {
                return cell;
            }
        }
        throw new AssertionError("no card " + index + " showing in " + listId);
    }
}
