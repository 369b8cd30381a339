package com.mallboard.board.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.BoardCard;
import com.mallboard.board.BoardService;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.product.ui.ProductEditorDialog;
import com.mallboard.product.ui.TrashDialog;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The board's signals as a merchandiser sees them: a flame on the cards whose launch is at risk (the estimate in its
 * tooltip), a bulb with the count of open suggestions, and the "출시 위험" filter keeping only the flagged cards.
 * Today is 2026-11-25 and there is no history yet, so the default durations apply (sourcing 14, labeling 7 days).
 */
@ExtendWith(ApplicationExtension.class)
class BoardSignalsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private final Map<Long, Integer> openSuggestions = new HashMap<>();
    private javafx.stage.Stage window;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        window = stage;
    }

    @AfterEach
    void close() throws Exception {
        FxTestSupport.hideAllWindows();
    }

    @Test
    void flaggedCardsShowTheirEstimateAndTheRiskFilterKeepsOnlyThem(FxRobot robot) {
        TestStore store = TestStore.open(folder);
        Product sourcingSoon = store.createAt(Stage.SOURCING, launching("TOR-SUN", TODAY.plusDays(10)), "sunscreen");
        Product campaign = store.createAt(Stage.LABELING, launching("RL-GIFT", TODAY.plusDays(60)), "gift-set",
                "campaign:black-friday-20261128");
        Product planned = store.createAt(Stage.PLANNING, launching("AN-TONER", TODAY.plusDays(90)), "toner");
        Product shipping = store.createAt(Stage.SHIPMENT, launching("MX-CREAM", TODAY.plusDays(1)), "cream");
        openSuggestions.put(planned.id(), 2);
        openSuggestions.put(sourcingSoon.id(), 1);
        BoardViewModel model = show(robot, store.board(this::openSuggestionsOf), store);

        assertThat(visible(robot, "#cardLaunchRisk")).hasSize(2);
        assertThat(riskOf(robot, sourcingSoon).getTooltip().getText())
                .startsWith("출시까지 10일, 남은 단계에 약 21일 필요 (소싱 14일* + 라벨링 7일*)")
                .contains("기본 기간");
        assertThat(riskOf(robot, campaign).getTooltip().getText())
                .startsWith("캠페인까지 3일, 남은 단계에 약 7일 필요 (라벨링 7일*)");
        assertThat(isShown(riskOf(robot, planned))).isFalse();
        assertThat(isShown(riskOf(robot, shipping))).as("in shipment the launch no longer depends on stages")
                .isFalse();
        // The badges are counted once the frame showing the cards is drawn.
        waitUntil(() -> visible(robot, "#cardSuggestions").size() == 2);
        List<Label> bulbs = visible(robot, "#cardSuggestions");
        assertThat(bulbs).extracting(Label::getText).containsExactlyInAnyOrder("2", "1");
        assertThat(bulbs.get(0).getTooltip().getText()).contains("다음 할 일");

        robot.clickOn("#atRiskToggle");

        waitUntil(() -> shownIds(model).size() == 2);
        assertThat(shownIds(model)).containsExactlyInAnyOrder(sourcingSoon.id(), campaign.id());
        assertThat(model.filterProperty().get().atRiskOnly()).isTrue();
        robot.clickOn("#atRiskToggle");
        waitUntil(() -> shownIds(model).size() == 4);
    }

    private Map<Long, Integer> openSuggestionsOf(Collection<Product> products) {
        Map<Long, Integer> counts = new HashMap<>();
        products.forEach(p -> {
            if (openSuggestions.containsKey(p.id())) {
                counts.put(p.id(), openSuggestions.get(p.id()));
            }
        });
        return counts;
    }

    private static ProductDetails launching(String sku, LocalDate launch) {
        ProductDetails complete = TestStore.completeDetails(sku);
        return ProductDetails.builder().sku(sku).name(complete.name()).brand(complete.brand()).priceWon(28_000L)
                .supplier(complete.supplier()).launchDate(launch).build();
    }

    private BoardViewModel show(FxRobot robot, BoardService board, TestStore store) {
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        Formats formats = new Formats(Formats.SEOUL, Locale.KOREAN);
        BoardViewModel model = new BoardViewModel(board, store.boardActions(), store.boardSettings(), executor);
        robot.interact(() -> {
            BoardView view = new BoardView(model, store.savedFilters(), messages, formats,
                    new ProductEditorDialog(store.products(), new UndoableEditorCommands(store.boardActions()),
                            executor, messages, formats),
                    new TrashDialog(store.products(), executor, messages, formats));
            window.setScene(FxTestSupport.scene(view, 1400, 700));
            window.show();
            view.load();
        });
        waitUntil(() -> !model.loadingProperty().get() && robot.lookup(".card").queryAll().size() == 4);
        return model;
    }

    private static List<Label> visible(FxRobot robot, String id) {
        return robot.lookup(id).queryAllAs(Label.class).stream().filter(Node::isVisible).toList();
    }

    /** A card leaves out what it does not show, so a part is shown when it is in the card and visible. */
    private static boolean isShown(Node part) {
        return part != null && part.isVisible();
    }

    /** The card's flame, or null when the card leaves it out. */
    private static Label riskOf(FxRobot robot, Product product) {
        ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof BoardCard card && card.id() == product.id())
                .findFirst().orElseThrow();
        return (Label) cell.getGraphic().lookup("#cardLaunchRisk");
    }

    private static List<Long> shownIds(BoardViewModel model) {
        return Stream.of(Stage.values()).flatMap(stage -> model.visibleCards(stage).stream()).map(BoardCard::id)
                .toList();
    }
}
