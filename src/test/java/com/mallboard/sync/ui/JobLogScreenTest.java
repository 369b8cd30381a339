package com.mallboard.sync.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.sync.CancelSignal;
import com.mallboard.sync.JobStatus;
import com.mallboard.sync.Mall;
import com.mallboard.sync.SyncFixture;
import com.mallboard.sync.SyncListener;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The job log: a job the mall refused shows with the mall's words, and Retry sends it again with the next sync. */
class JobLogScreenTest extends SyncScreenTest {
    private SyncFixture fixture;
    private SyncScreens screens;

    @Start
    void start(Stage stage) {
        openWindow(stage);
        fixture = SyncFixture.withoutMalls(folder);
        screens = screens(fixture);
        showUnderSyncPanel(screens, screens.jobLogView(), 1300, 600);
    }

    @Test
    void aRefusedJobShowsItsErrorAndRetryPutsItBackInTheQueue(FxRobot robot) {
        Mall glow = fixture.addMall("glowmall", "Glow Mall");
        fixture.listedProduct(glow, "TOR-001");
        fixture.listedProduct(glow, "TOR-002");
        fixture.refuseNextCall("Invalid product name");
        fixture.sync.syncMall(glow.id(), SyncListener.NONE, new CancelSignal());
        load(robot);

        JobLogViewModel.Row failed = rows(robot).stream().filter(JobLogViewModel.Row::failed).findFirst().orElseThrow();
        assertThat(failed.entry().subject()).isEqualTo("TOR-001");
        assertThat(robot.lookup("HTTP 422: Invalid product name").tryQuery()).isPresent();
        assertThat(robot.lookup(fixture.messages.get("joblog.status.failed")).tryQuery()).isPresent();

        robot.clickOn("#retryJob-" + failed.entry().job().id());

        waitUntil(() -> rows(robot).stream().noneMatch(JobLogViewModel.Row::failed));
        assertThat(fixture.store.outbox().recent(glow.id(), 10)).filteredOn(e -> e.subject().equals("TOR-001"))
                .singleElement().satisfies(e -> assertThat(e.job().status()).isEqualTo(JobStatus.PENDING));
        assertThat(robot.lookup("#retryJob-" + failed.entry().job().id()).tryQuery()).isEmpty();

        robot.interact(() -> screens.runner().syncAll());
        waitUntil(() -> fixture.pending(glow) == 0 && !screens.runner().runningProperty().get());
        waitUntil(() -> rows(robot).stream().allMatch(r -> r.entry().job().status() == JobStatus.DONE));
    }

    @Test
    void failuresOnlyHidesWhatWentWellAndRetryAllRequeuesEveryFailure(FxRobot robot) {
        Mall glow = fixture.addMall("glowmall", "Glow Mall");
        fixture.listedProduct(glow, "TOR-001");
        fixture.listedProduct(glow, "TOR-002");
        fixture.listedProduct(glow, "TOR-003");
        fixture.refuseNextCall("Invalid product name");
        fixture.sync.syncMall(glow.id(), SyncListener.NONE, new CancelSignal());
        load(robot);
        assertThat(rows(robot)).hasSize(3);

        robot.clickOn("#failuresOnlyCheck");
        waitUntil(() -> rows(robot).size() == 1);

        robot.clickOn("#retryAllFailedButton");
        waitUntil(() -> rows(robot).isEmpty());
        assertThat(fixture.failed(glow)).isZero();
        assertThat(robot.lookup("#jobLogNotice").queryLabeled().getText()).isEqualTo(fixture.messages.get("joblog.retried", 1));
    }

    private void load(FxRobot robot) {
        robot.interact(() -> screens.jobLogModel().load());
        waitUntil(() -> !screens.jobLogModel().busyProperty().get() && !rows(robot).isEmpty());
    }

    private static List<JobLogViewModel.Row> rows(FxRobot robot) {
        TableView<JobLogViewModel.Row> table = robot.lookup("#jobLogTable").queryTableView();
        return List.copyOf(table.getItems());
    }
}
