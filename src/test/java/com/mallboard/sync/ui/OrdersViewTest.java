package com.mallboard.sync.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static com.mallboard.sync.SyncFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.sync.Carrier;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import com.mallboard.sync.SyncFixture;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The warehouse at the orders screen: find the order, scan the tracking number, see it queued for the mall. */
class OrdersViewTest extends SyncScreenTest {
    private static final String ORDER = "20261125-0000001";

    private SyncFixture fx;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private void openOrders(FxRobot robot) {
        OrdersView view = new OrdersView(new OrdersViewModel(fx.orders, executor, fx.messages, fx.formats));
        showAndLoad(robot, view, view::load, 1280, 800);
        waitUntil(() -> !table(robot).getItems().isEmpty());
    }

    private void twoLineOrderSynced() {
        fx.product("TOR-100", "토리든 다이브인 선크림");
        fx.product("RND-200", "라운드랩 독도 토너");
        fx.order(ORDER, line(ORDER + "-01", "TOR-100", "다이브인 선크림", 1), line(ORDER + "-02", "RND-200", "독도 토너", 2));
        fx.syncNow();
    }

    private void chooseOrderAndCourier(FxRobot robot) {
        robot.clickOn(ORDER);
        ComboBox<Carrier> carriers = robot.lookup("#carrierBox").queryComboBox();
        waitUntil(() -> carriers.getItems().size() == 2);
        robot.clickOn("#carrierBox").clickOn("CJ대한통운");
    }

    private StoredOrder stored() {
        return fx.orders.recent(1).get(0);
    }

    @Test
    void scanningATrackingNumberStoresItForEveryLineAndQueuesItForTheMall(FxRobot robot) {
        fx = new SyncFixture(folder);
        twoLineOrderSynced();
        openOrders(robot);

        chooseOrderAndCourier(robot);
        robot.clickOn("#trackingField").write("6880 1234 5678").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#trackingStatus").queryLabeled().isVisible());

        assertThat(stored().items()).extracting(StoredOrderItem::trackingNo).containsOnly("688012345678");
        assertThat(stored().items()).extracting(StoredOrderItem::carrierCode).containsOnly("0006");
        assertThat(fx.shipmentsQueued()).isEqualTo(1);
        assertThat(robot.lookup("#trackingStatus").queryLabeled().getText()).contains("688012345678")
                .contains("쇼핑몰로 보냅니다");
        waitUntil(() -> robot.lookup("#trackingClosed").queryLabeled().isVisible());
        TableView<StoredOrderItem> lines = robot.lookup("#orderLines").queryTableView();
        assertThat(lines.getItems()).extracting(StoredOrderItem::trackingNo).containsOnly("688012345678");
        assertThat(table(robot).getItems().get(0).shipped()).isTrue();

        fx.syncNow();
        assertThat(fx.remote.shipments).singleElement()
                .satisfies(s -> assertThat(s.trackingNo()).isEqualTo("688012345678"));
    }

    @Test
    void untickedLinesStayUnshipped(FxRobot robot) {
        fx = new SyncFixture(folder);
        twoLineOrderSynced();
        openOrders(robot);

        chooseOrderAndCourier(robot);
        robot.clickOn("#ship-" + ORDER + "-02");
        robot.clickOn("#trackingField").write("688000000001").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#trackingStatus").queryLabeled().isVisible());

        assertThat(stored().items()).extracting(StoredOrderItem::trackingNo).containsExactly("688000000001", null);
        assertThat(robot.lookup("#shipLines").queryParent().getChildrenUnmodifiable()).hasSize(1);
    }

    @Test
    void anEmptyTooLongOrOddTrackingNumberIsRefusedInlineAndNothingIsStored(FxRobot robot) {
        fx = new SyncFixture(folder);
        twoLineOrderSynced();
        openOrders(robot);
        chooseOrderAndCourier(robot);
        Label message = robot.lookup("#trackingMessage").queryAs(Label.class);

        robot.clickOn("#trackingField").type(KeyCode.ENTER);
        waitUntil(message::isVisible);
        assertThat(message.getText()).isEqualTo(fx.messages.get("tracking.missing"));

        robot.clickOn("#trackingField").write("1".repeat(41)).type(KeyCode.ENTER);
        waitUntil(message::isVisible);
        assertThat(message.getText()).isEqualTo(fx.messages.get("tracking.invalid"));

        robot.interact(() -> robot.lookup("#trackingField").queryTextInputControl().setText("6880#1234/5678"));
        robot.clickOn("#saveTrackingButton");
        waitUntil(message::isVisible);
        assertThat(message.getText()).isEqualTo(fx.messages.get("tracking.invalid"));

        assertThat(stored().items()).extracting(StoredOrderItem::trackingNo).containsOnlyNulls();
        assertThat(fx.shipmentsQueued()).isZero();
        assertThat(robot.lookup("#trackingStatus").queryLabeled().isVisible()).isFalse();
    }

    @Test
    void aMallWhoseCouriersWereNeverReadSaysToSyncFirst(FxRobot robot) {
        fx = new SyncFixture(folder);
        fx.product("TOR-100", "토리든 다이브인 선크림");
        fx.order(ORDER, line(ORDER + "-01", "TOR-100", "다이브인 선크림", 1));
        fx.storeOrdersWithoutSync();
        openOrders(robot);

        robot.clickOn(ORDER);

        waitUntil(() -> robot.lookup("#noCarriersLabel").queryLabeled().isVisible());
        assertThat(robot.lookup("#noCarriersLabel").queryLabeled().getText()).contains("동기화");
        assertThat(robot.lookup("#carrierBox").queryComboBox().isDisabled()).isTrue();
    }

    @Test
    void receiversAreMaskedUntilPersonalDataIsShown(FxRobot robot) {
        fx = new SyncFixture(folder);
        twoLineOrderSynced();
        openOrders(robot);
        robot.clickOn(ORDER);

        assertThat(robot.lookup("김*지").tryQuery()).isPresent();
        assertThat(robot.lookup("김민지").tryQuery()).isEmpty();
        assertThat(text(robot, "#receiverPhone")).isEqualTo("010-****-5678 / 02-***-4567");
        assertThat(text(robot, "#receiverAddress")).isEqualTo("서울특별시 강남구 …");
        robot.clickOn("#orderFilterField").write("민지");
        assertThat(table(robot).getItems()).as("a hidden name is not searchable").isEmpty();

        robot.clickOn("#personalDataToggle");

        assertThat(table(robot).getItems()).hasSize(1);
        robot.clickOn(ORDER);
        assertThat(text(robot, "#receiverName")).isEqualTo("김민지");
        assertThat(text(robot, "#receiverPhone")).contains("010-1234-5678");
        assertThat(text(robot, "#receiverAddress")).contains("테헤란로 1").contains("101동 202호");
        robot.interact(() -> robot.lookup("#orderFilterField").queryTextInputControl().clear());
        robot.clickOn("#personalDataToggle");
        assertThat(text(robot, "#receiverName")).isEqualTo("김*지");
        assertThat(text(robot, "#receiverPhone")).doesNotContain("1234");
    }

    @Test
    void theFilterFindsOrdersByProduct(FxRobot robot) {
        fx = new SyncFixture(folder);
        twoLineOrderSynced();
        fx.order("20261125-0000002", line("20261125-0000002-01", "TOR-100", "다이브인 선크림", 1));
        fx.syncNow();
        openOrders(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);

        robot.clickOn("#orderFilterField").write("독도");

        assertThat(table(robot).getItems()).extracting(StoredOrder::orderId).containsExactly(ORDER);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private static TableView<StoredOrder> table(FxRobot robot) {
        return robot.lookup("#ordersTable").queryTableView();
    }
}
