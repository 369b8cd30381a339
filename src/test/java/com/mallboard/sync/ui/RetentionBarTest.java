package com.mallboard.sync.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static com.mallboard.sync.SyncFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.store.JooqPersonalDataRepository;
import com.mallboard.sync.PersonalDataRetention;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.SyncFixture;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A manager shortens how long receivers' data is kept and deletes what is past it, from the orders screen. */
class RetentionBarTest extends SyncScreenTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void typingFewerDaysSavesThemAndDeleteNowPurgesOrdersPastThem(FxRobot robot) {
        SyncFixture fx = new SyncFixture(folder);
        fx.product("TOR-100", "토리든 다이브인 선크림");
        fx.order("20261125-0000001", line("20261125-0000001-01", "TOR-100", "다이브인 선크림", 1));
        fx.order("20261125-0000002", new RemoteOrderItem("20261125-0000002-01", "TOR-100", "다이브인 선크림", null, 1,
                28_000, "N40", "688012345678", "0006", null));
        fx.syncNow();
        fx.store.clock().advance(Duration.ofDays(10));
        PersonalDataRetention retention = new PersonalDataRetention(new JooqPersonalDataRepository(fx.store.dsl()),
                fx.store.settings(), fx.store.clock());
        AtomicInteger reloads = new AtomicInteger();
        RetentionBar bar = new RetentionBar(retention, executor, fx.messages, reloads::incrementAndGet);
        showAndLoad(robot, bar, bar::load, 900, 80);
        @SuppressWarnings("unchecked")
        Spinner<Integer> days = robot.lookup("#retentionDays").queryAs(Spinner.class);
        waitUntil(() -> days.getValue() == PersonalDataRetention.DEFAULT_DAYS);

        robot.interact(bar::load);
        robot.doubleClickOn(days.getEditor()).write("7\n");
        waitUntil(() -> retention.days() == 7);
        assertThat(robot.lookup("#retentionResult").queryLabeled().getText()).isEqualTo("7일로 저장했습니다.");
        robot.clickOn("#purgeNowButton");

        waitUntil(() -> reloads.get() == 1);
        assertThat(robot.lookup("#retentionResult").queryLabeled().getText()).isEqualTo("주문 1건의 개인정보를 삭제했습니다.");
        assertThat(fx.orders.recent(10)).extracting(o -> o.orderId() + ":" + o.receiver().name())
                .containsExactlyInAnyOrder("20261125-0000001:김민지", "20261125-0000002:null");
    }
}
