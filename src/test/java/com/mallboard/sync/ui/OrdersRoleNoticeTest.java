package com.mallboard.sync.ui;

import static com.mallboard.sync.SyncFixture.line;
import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.store.JooqMallRepository;
import com.mallboard.store.JooqOrderRepository;
import com.mallboard.sync.OrderService;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.SyncFixture;
import com.mallboard.team.Role;
import com.mallboard.team.TeamRoles;
import com.mallboard.team.ui.RoleNotices;
import com.mallboard.testing.FxTestSupport;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A merchandiser on a team server at the orders screen: the orders are there, the receivers are not (the store reads
 * without their columns, as the server requires), and a line above the screen says which role reads them.
 */
class OrdersRoleNoticeTest extends SyncScreenTest {
    private static final String ORDER = "20261125-0000009";

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aMerchandiserSeesTheOrdersWithReceiversMaskedAndALineNamingTheWarehouseRole(FxRobot robot) throws IOException {
        SyncFixture fx = new SyncFixture(folder);
        fx.product("TOR-100", "토리든 다이브인 선크림");
        fx.order(ORDER, line(ORDER + "-01", "TOR-100", "다이브인 선크림", 1));
        fx.syncNow();
        OrderService masked = new OrderService(new JooqOrderRepository(fx.store.dsl(), false),
                new JooqMallRepository(fx.store.dsl(), fx.store.clock()), fx.store.clock(), "minji");
        OrdersViewModel model = new OrdersViewModel(masked, executor, fx.messages, fx.formats);
        RoleNotices notices = new RoleNotices(TeamRoles.of(Set.of(Role.MERCHANDISER)), true, fx.messages);

        robot.interact(() -> {
            show((Parent) notices.screen("ordersTab", new OrdersView(model)), 1280, 700);
            model.load();
        });
        TableView<StoredOrder> table = robot.lookup("#ordersTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());

        Label notice = robot.lookup("#roleNotice").queryAs(Label.class);
        assertThat(notice.getText()).contains("창고 담당").contains("가려서");
        assertThat(table.getItems().get(0).orderId()).isEqualTo(ORDER);
        assertThat(table.getItems().get(0).receiver().name()).isNull();
        assertThat(robot.lookup("김민지").tryQuery()).isEmpty();
        FxTestSupport.screenshot(robot, window.getScene(), "team-roles-orders-merchandiser.png");
    }

    @Test
    void theWarehouseAndTheLocalFileSeeTheScreenAsItIs(FxRobot robot) {
        Node content = new Label("orders");
        RoleNotices warehouse = new RoleNotices(TeamRoles.of(EnumSet.of(Role.WAREHOUSE)), true,
                new com.mallboard.common.Messages(java.util.Locale.KOREAN));
        RoleNotices local = new RoleNotices(TeamRoles.everyRole(), false,
                new com.mallboard.common.Messages(java.util.Locale.KOREAN));

        assertThat(warehouse.screen("ordersTab", content)).isSameAs(content);
        assertThat(local.screen("boardTab", content)).isSameAs(content);
        assertThat(warehouse.screen("boardTab", content)).isNotSameAs(content);
        robot.interact(() -> {
            assertThat(local.statusBadge().isVisible()).isFalse();
            assertThat(warehouse.statusBadge().getText()).isEqualTo("역할: 창고 담당");
        });
    }
}
