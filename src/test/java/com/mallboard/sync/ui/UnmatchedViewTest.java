package com.mallboard.sync.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static com.mallboard.sync.SyncFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.sync.SyncFixture;
import com.mallboard.sync.UnmatchedItem;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class UnmatchedViewTest extends SyncScreenTest {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void mappingAnUnmatchedLineToAProductFoundByNameMatchesEveryLineLikeIt(FxRobot robot) {
        SyncFixture fx = new SyncFixture(folder);
        Product sunscreen = fx.product("TOR-100", "토리든 다이브인 선크림");
        fx.product("RND-200", "라운드랩 독도 토너");
        fx.order("20261125-0000001", line("20261125-0000001-01", null, "선크림 (구형 등록)", 1));
        fx.order("20261125-0000002", line("20261125-0000002-01", null, "선크림 (구형 등록)", 3));
        fx.syncNow();
        UnmatchedView view = new UnmatchedView(new UnmatchedViewModel(fx.orders, fx.store.products(), executor,
                fx.messages));
        showAndLoad(robot, view, view::load, 1100, 700);
        waitUntil(() -> table(robot).getItems().size() == 1);
        UnmatchedItem group = table(robot).getItems().get(0);
        assertThat(group.lines()).isEqualTo(2);
        assertThat(group.quantity()).isEqualTo(4);

        robot.clickOn("선크림 (구형 등록)");
        assertThat(robot.lookup("#mapButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#productSearchField").write("다이브인");
        ListView<Product> matches = robot.lookup("#productMatches").queryListView();
        assertThat(matches.getItems()).containsExactly(sunscreen);
        robot.clickOn("TOR-100 · 토리든 다이브인 선크림");
        robot.clickOn("#mapButton");

        waitUntil(() -> robot.lookup("#unmatchedMessage").queryLabeled().isVisible());
        assertThat(robot.lookup("#unmatchedMessage").queryLabeled().getText()).contains("2줄").contains("TOR-100");
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(fx.orders.unmatched()).isEmpty();
        assertThat(fx.orders.recent(10)).allSatisfy(order -> assertThat(order.items().get(0).productId())
                .isEqualTo(sunscreen.id()));
    }

    @Test
    void theSearchFindsProductsBySku(FxRobot robot) {
        SyncFixture fx = new SyncFixture(folder);
        fx.product("TOR-100", "토리든 다이브인 선크림");
        fx.product("RND-200", "라운드랩 독도 토너");
        fx.order("20261125-0000001", line("20261125-0000001-01", "OLD-RND", "독도 토너 구형", 1));
        fx.syncNow();
        UnmatchedView view = new UnmatchedView(new UnmatchedViewModel(fx.orders, fx.store.products(), executor,
                fx.messages));
        showAndLoad(robot, view, view::load, 1100, 700);
        waitUntil(() -> table(robot).getItems().size() == 1);

        robot.clickOn("OLD-RND");
        robot.interact(() -> robot.lookup("#productSearchField").queryTextInputControl().setText("rnd-2"));

        ListView<Product> matches = robot.lookup("#productMatches").queryListView();
        assertThat(matches.getItems()).extracting(Product::sku).containsExactly("RND-200");
        assertThat(robot.lookup("#mapButton").queryButton().isDisabled()).as("one match is chosen").isFalse();
    }

    private static TableView<UnmatchedItem> table(FxRobot robot) {
        return robot.lookup("#unmatchedTable").queryTableView();
    }
}
