package com.mallboard.sync.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.sync.Mall;
import com.mallboard.sync.MallState;
import com.mallboard.sync.SyncFixture;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The malls screen as a merchandiser uses it: add a mall, fix what the form says, switch it off, sync, stop. */
class MallsScreenTest extends SyncScreenTest {
    private SyncFixture fixture;
    private SyncScreens screens;

    @Start
    void start(Stage stage) {
        openWindow(stage);
        fixture = SyncFixture.withoutMalls(folder);
        screens = screens(fixture);
        showUnderSyncPanel(screens, screens.mallsView(), 1300, 700);
    }

    @Test
    void addingAMallThroughTheDialogPutsItInTheTableAndItsSecretInTheCredentialStore(FxRobot robot) {
        load(robot);
        assertThat(robot.lookup("#mallsEmpty").queryLabeled().getText()).isEqualTo(fixture.messages.get("mall.empty"));

        robot.clickOn("#addMallButton");
        waitUntil(() -> robot.lookup("#mallEditor").tryQuery().isPresent());
        assertThat(robot.lookup("#saveMallButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#mallNameField").write("Glow Mall");
        robot.clickOn("#mallIdField").write("glowmall");
        robot.clickOn("#clientIdField").write("client-1");
        robot.clickOn("#clientSecretField").write("s3cret");
        robot.clickOn("#saveMallButton");

        waitUntil(() -> rows(robot).size() == 1);
        assertThat(robot.lookup("#mallEditor").tryQuery()).isEmpty();
        Mall added = fixture.malls.all().get(0);
        assertThat(added.mallId()).isEqualTo("glowmall");
        assertThat(added.shopNo()).isEqualTo(1);
        assertThat(added.apiVersion()).isEqualTo("2025-12-01");
        assertThat(fixture.secrets.clientSecret(added)).contains("s3cret");
        assertThat(rows(robot).get(0).state()).isEqualTo(MallState.NOT_CONNECTED);
        assertThat(robot.lookup("#mallsNotice").queryLabeled().getText()).contains("Glow Mall");
    }

    @Test
    void badInputIsMarkedOnTheFormAndNothingIsSaved(FxRobot robot) {
        load(robot);
        robot.clickOn("#addMallButton");
        waitUntil(() -> robot.lookup("#mallEditor").tryQuery().isPresent());

        robot.clickOn("#mallNameField").write("G").eraseText(1);
        robot.clickOn("#mallIdField").write("glow_mall");
        robot.clickOn("#baseUrlField").write("ftp://proxy");

        assertThat(problem(robot, "#mallNameFieldProblem")).isEqualTo(fixture.messages.get("mall.invalid.name"));
        assertThat(problem(robot, "#mallIdFieldProblem")).isEqualTo(fixture.messages.get("mall.invalid.mall.id"));
        assertThat(problem(robot, "#baseUrlFieldProblem")).isEqualTo(fixture.messages.get("mall.invalid.base.url"));
        assertThat(robot.lookup("#saveMallButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#cancelMallButton");
        waitUntil(() -> robot.lookup("#mallEditor").tryQuery().isEmpty());
        assertThat(fixture.malls.all()).isEmpty();
    }

    @Test
    void addingAMallTwiceSaysSoOnTheDialogAndKeepsItOpen(FxRobot robot) {
        fixture.addMall("glowmall", "Glow Mall");
        load(robot);

        robot.clickOn("#addMallButton");
        waitUntil(() -> robot.lookup("#mallEditor").tryQuery().isPresent());
        robot.clickOn("#mallNameField").write("Glow again");
        robot.clickOn("#mallIdField").write("glowmall");
        robot.clickOn("#saveMallButton");

        waitUntil(() -> robot.lookup("#mallEditorError").queryLabeled().isVisible());
        assertThat(robot.lookup("#mallEditorError").queryLabeled().getText())
                .isEqualTo(fixture.messages.get("mall.duplicate", "glowmall", "1"));
        assertThat(problem(robot, "#mallIdFieldProblem")).isEqualTo(fixture.messages.get("mall.duplicate.field"));
        assertThat(fixture.malls.all()).hasSize(1);
    }

    @Test
    void disablingAMallShowsItAsDisabledAndEnablingBringsItBack(FxRobot robot) {
        Mall glow = fixture.addMall("glowmall", "Glow Mall");
        load(robot);

        robot.clickOn("Glow Mall");
        robot.clickOn("#toggleMallButton");
        waitUntil(() -> !fixture.malls.find(glow.id()).orElseThrow().enabled()
                && rows(robot).get(0).state() == MallState.DISABLED);
        assertThat(robot.lookup("#mallState-" + glow.id()).queryLabeled().getText())
                .isEqualTo(fixture.messages.get("mall.state.disabled"));
        assertThat(robot.lookup("#toggleMallButton").queryButton().getText()).isEqualTo(fixture.messages.get("mall.enable"));

        robot.clickOn("#toggleMallButton");
        waitUntil(() -> fixture.malls.find(glow.id()).orElseThrow().enabled()
                && rows(robot).get(0).state() == MallState.NOT_CONNECTED);
    }

    @Test
    void syncAllSendsTheQueueShowsTheSummaryAndTheQueueDropsToZero(FxRobot robot) {
        Mall glow = fixture.addMall("glowmall", "Glow Mall");
        fixture.listedProduct(glow, "TOR-001");
        fixture.listedProduct(glow, "TOR-002");
        load(robot);
        assertThat(rows(robot).get(0).status().pendingJobs()).isEqualTo(2);

        robot.clickOn("#syncAllButton");

        waitUntil(() -> robot.lookup("#syncSummaryBar").query().isVisible()
                && rows(robot).get(0).status().pendingJobs() == 0);
        assertThat(summary(robot)).startsWith("동기화 완료: 2건 전송, 0건 실패");
        assertThat(robot.lookup("#syncSummaryBar").query().getStyleClass()).contains("banner-success");
        assertThat(rows(robot).get(0).lastSync()).isNotEmpty();
        assertThat(fixture.remote.products).hasSize(2);
    }

    @Test
    void stoppingASyncMidWayLeavesTheRestQueued(FxRobot robot) {
        Mall glow = fixture.addMall("glowmall", "Glow Mall");
        fixture.listedProduct(glow, "TOR-001");
        fixture.listedProduct(glow, "TOR-002");
        fixture.listedProduct(glow, "TOR-003");
        load(robot);
        // The person presses Stop while the first product is on its way to the mall.
        fixture.remote.duringNextWrite = () -> robot.clickOn("#cancelSyncButton");

        robot.clickOn("Glow Mall");
        robot.clickOn("#syncMallButton");

        waitUntil(() -> robot.lookup("#syncSummaryBar").query().isVisible());
        assertThat(summary(robot)).startsWith("동기화를 중지했습니다: 1건 전송");
        assertThat(fixture.pending(glow)).isEqualTo(2);
        assertThat(fixture.remote.products).hasSize(1);
        waitUntil(() -> rows(robot).get(0).status().pendingJobs() == 2);
    }

    @Test
    void escapeClosesTheEditorWithoutSaving(FxRobot robot) {
        load(robot);
        robot.clickOn("#addMallButton");
        waitUntil(() -> robot.lookup("#mallEditor").tryQuery().isPresent());
        robot.clickOn("#mallNameField").write("Half typed");

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> robot.lookup("#mallEditor").tryQuery().isEmpty());
        assertThat(fixture.malls.all()).isEmpty();
    }

    private void load(FxRobot robot) {
        robot.interact(() -> screens.mallsModel().load());
        waitUntil(() -> screens.mallsModel().loadedProperty().get() && !screens.mallsModel().busyProperty().get());
    }

    private static String problem(FxRobot robot, String id) {
        Labeled label = robot.lookup(id).queryLabeled();
        return label.isVisible() ? label.getText() : null;
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#syncSummary").queryLabeled().getText();
    }

    private static List<MallsViewModel.Row> rows(FxRobot robot) {
        TableView<MallsViewModel.Row> table = robot.lookup("#mallsTable").queryTableView();
        return List.copyOf(table.getItems());
    }
}
