package com.mallboard.sync.ui;

import static com.mallboard.sync.SyncFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.ui.EditorCommands;
import com.mallboard.product.ui.ProductEditorDialog;
import com.mallboard.sync.ListingOverrides;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.SyncFixture;
import com.mallboard.testing.FxTestSupport;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the orders screen, the unmatched queue and the editor's malls tab with realistic Korean data into
 * {@code target/screenshots/}; docs/images/orders-ko.png and product-malls-tab-ko.png are copied from here.
 */
class SyncScreensScreenshotTest extends SyncScreenTest {

    private final SameThreadTaskExecutor sameThread = new SameThreadTaskExecutor();

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void theOrdersScreenAndTheUnmatchedQueueRenderInKorean(FxRobot robot) throws IOException {
        SyncFixture fx = new SyncFixture(folder);
        ordersOfADay(fx);
        OrdersView orders = new OrdersView(new OrdersViewModel(fx.orders, sameThread, fx.messages, fx.formats));
        show(robot, orders, 1280, 760);
        robot.interact(orders::load);
        TableView<StoredOrder> table = robot.lookup("#ordersTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(3));
        robot.interact(() -> robot.lookup("#carrierBox").queryComboBox().getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#trackingField").queryTextInputControl().setText("6880-1234-5678"));
        write(robot, "orders-ko.png");

        UnmatchedView unmatched = new UnmatchedView(new UnmatchedViewModel(fx.orders, fx.store.products(), sameThread,
                fx.messages));
        show(robot, unmatched, 1100, 560);
        robot.interact(unmatched::load);
        robot.interact(() -> robot.lookup("#unmatchedTable").queryTableView().getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#productSearchField").queryTextInputControl().setText("선크림"));
        write(robot, "unmatched-ko.png");
        assertThat(table.getItems()).hasSize(5);
    }

    @Test
    void theMallsTabRendersInKorean(FxRobot robot) throws IOException {
        SyncFixture fx = new SyncFixture(folder);
        Mall daily = fx.store.malls().add(new Mall(0, Platform.CAFE24, "dailybeauty", 1, "데일리뷰티", "2025-12-01",
                null, "c", true, false, 0));
        fx.store.malls().add(new Mall(0, Platform.CAFE24, "kbeautymarket", 1, "케이뷰티마켓", "2025-12-01", null, "c",
                true, false, 0));
        Product product = fx.product("TOR-DIVE-SUN50", "토리든 다이브인 마일드 선크림 SPF50+");
        fx.listings.save(product.id(), fx.mall().id(), new ListingOverrides("[글로우 단독] 다이브인 선크림 2개 세트", 49_800L,
                true, true));
        fx.syncNow();
        long failed = fx.listings.save(product.id(), daily.id(), ListingOverrides.NONE).id();
        fx.store.listings().recordStatus(failed, com.mallboard.sync.ListingStatus.FAILED,
                "HTTP 422: product_name 상품명에 사용할 수 없는 문자가 있습니다");
        ProductEditorDialog editor = new ProductEditorDialog(fx.store.products(),
                EditorCommands.direct(fx.store.products()), sameThread, fx.messages, fx.formats,
                List.of(new MallsEditorTab(fx.listings, fx.malls, sameThread, fx.messages, fx.formats)));
        show(robot, editor.createView(product, p -> { }, () -> { }), 780, 720);
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
        write(robot, "product-malls-tab-ko.png");
        assertThat(robot.lookup("#listingProblem-" + daily.id()).queryLabeled().getText()).contains("HTTP 422");
    }

    private static void ordersOfADay(SyncFixture fx) {
        fx.product("TOR-DIVE-SUN50", "토리든 다이브인 마일드 선크림");
        fx.product("RND-DOKDO-TN200", "라운드랩 1025 독도 토너 200ml");
        fx.product("ANU-HEART-TN250", "아누아 어성초 77 토너 250ml");
        fx.order("20261125-0000011", line("20261125-0000011-01", "TOR-DIVE-SUN50", "다이브인 마일드 선크림", 2),
                line("20261125-0000011-02", "RND-DOKDO-TN200", "1025 독도 토너", 1));
        fx.order("20261125-0000012", line("20261125-0000012-01", "ANU-HEART-TN250", "어성초 77 토너", 1),
                line("20261125-0000012-02", "RND-DOKDO-TN200", "1025 독도 토너", 1));
        fx.order("20261125-0000013", line("20261125-0000013-01", null, "선크림 (구형 등록) 50ml", 1));
        fx.syncNow();
        StoredOrder first = fx.orders.recent(10).stream().filter(o -> o.orderId().endsWith("11")).findFirst()
                .orElseThrow();
        fx.orders.recordTracking(first, first.items().stream().map(i -> i.itemCode()).toList(), "688011112222",
                "0006");
        fx.store.clock().advance(Duration.ofMinutes(30));
        Receiver other = new Receiver("박서준", "", "010-9876-5432", "48058", "부산광역시 해운대구 센텀중앙로 97", "A동 1503호",
                "경비실에 맡겨 주세요");
        fx.remote.orders.add(new RemoteOrder("20261125-0000014", fx.store.clock().instant().minusSeconds(300), true,
                true, 28_000, "박서준", other, List.of(item("20261125-0000014-01", "TOR-DIVE-SUN50", "다이브인 마일드 선크림"))));
        fx.remote.orders.add(new RemoteOrder("20261125-0000015", fx.store.clock().instant().minusSeconds(60), true,
                false, 56_000, "이하늘", new Receiver("이하늘", "", "010-2222-3333", "34126", "대전광역시 유성구 대학로 99",
                        "", null), List.of(item("20261125-0000015-01", "ANU-HEART-TN250", "어성초 77 토너"))));
        fx.syncNow();
    }

    private static RemoteOrderItem item(String code, String sku, String name) {
        return new RemoteOrderItem(code, sku, name, "기본", 2, 28_000, "N10", null, null, null);
    }

    private void show(FxRobot robot, Parent root, double width, double height) {
        robot.interact(() -> show(root, width, height));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(FxRobot robot, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        FxTestSupport.screenshot(robot, window.getScene(), name);
    }
}
