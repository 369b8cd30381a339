package com.mallboard.app;

import static com.mallboard.app.RunningApp.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.backup.Backup;
import com.mallboard.backup.BackupKind;
import com.mallboard.backup.BackupPolicy;
import com.mallboard.backup.BackupSchedule;
import com.mallboard.backup.ui.BackupSection;
import com.mallboard.backup.ui.BackupSectionModel;
import com.mallboard.board.BoardCard;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.testing.FxTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The backups section of the running app's settings: back up, restore, and the board shows the backup. */
@ExtendWith(ApplicationExtension.class)
class BackupSectionTest {
    private final Messages messages = new Messages(Messages.KOREAN);
    private final List<Path> openedFolders = new ArrayList<>();
    @TempDir
    Path dataFolder;
    private RunningApp app;

    @Start
    void start(Stage stage) {
        app = RunningApp.open(stage, dataFolder);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxTestSupport.hideAllWindows();
    }

    /** The backups section of the running app's settings screen. */
    private void showSection(FxRobot robot) {
        robot.clickOn("#settingsTab");
        robot.clickOn("#backupsSectionTab");
        waitUntil(() -> robot.lookup("#backupsSection").tryQuery().isPresent());
    }

    /** The section on its own, as the lead could place it anywhere, with an opener this test can watch. */
    private void showSectionAlone(FxRobot robot) {
        AppContext context = app.context;
        robot.interact(() -> {
            BackupSection section = new BackupSection(new BackupSectionModel(context.backups(),
                    context.backupSettings(), app.reopener(), new FxTaskExecutor(), messages, openedFolders::add));
            Stage window = new Stage();
            window.setScene(FxTestSupport.scene(new StackPane(section.content()), 760, 520));
            window.show();
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<Backup> table(FxRobot robot) {
        return robot.lookup("#backupTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> boardSkus() {
        ListView<BoardCard> planning = (ListView<BoardCard>) app.mainScene.current().lookup("#cards-planning");
        return planning.getItems().stream().map(card -> card.product().sku()).toList();
    }

    @Test
    void backingUpNowThenRestoringThatBackupBringsTheBoardBackToThatMoment(FxRobot robot) {
        app.context.products().create(ProductDetails.of("KEEP-001", "백업 전에 만든 상품"), Set.of());
        showSection(robot);
        robot.clickOn("#backupNow");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(robot.lookup("#backupFeedback").queryLabeled().getText()).startsWith("백업했습니다: mallboard-");
        assertThat(table(robot).getItems().get(0).kind()).isEqualTo(BackupKind.MANUAL);
        app.context.products().create(ProductDetails.of("LATE-002", "백업 뒤에 만든 상품"), Set.of());
        AppContext before = app.context;

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#backupRestore");
        waitUntil(() -> robot.lookup("#backupRestoreConfirm").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText()).contains("안전 백업");
        robot.clickOn(messages.get("common.ok"));

        waitUntil(() -> app.context != before && !app.mainScene.current().board().model().loadingProperty().get());
        assertThat(app.context.productRepository().findActive()).extracting(Product::sku).containsExactly("KEEP-001");
        waitUntil(() -> boardSkus().equals(List.of("KEEP-001")));
        assertThat(app.context.backups().list()).extracting(Backup::kind)
                .containsExactlyInAnyOrder(BackupKind.MANUAL, BackupKind.BEFORE_RESTORE);
    }

    @Test
    void cancellingTheConfirmationRestoresNothing(FxRobot robot) {
        showSection(robot);
        robot.clickOn("#backupNow");
        waitUntil(() -> table(robot).getItems().size() == 1);
        app.context.products().create(ProductDetails.of("LATE-002", "백업 뒤에 만든 상품"), Set.of());
        AppContext before = app.context;

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#backupRestore");
        waitUntil(() -> robot.lookup("#backupRestoreConfirm").tryQuery().isPresent());
        robot.clickOn(messages.get("common.cancel"));

        assertThat(app.context).isSameAs(before);
        assertThat(app.context.productRepository().findActive()).extracting(Product::sku).containsExactly("LATE-002");
    }

    @Test
    void aDamagedBackupIsExplainedInTheSectionAndNothingIsClosed(FxRobot robot) throws Exception {
        showSection(robot);
        robot.clickOn("#backupNow");
        waitUntil(() -> table(robot).getItems().size() == 1);
        Files.writeString(table(robot).getItems().get(0).file(), "overwritten by accident");
        AppContext before = app.context;

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#backupRestore");
        waitUntil(() -> robot.lookup("#backupRestoreConfirm").tryQuery().isPresent());
        robot.clickOn(messages.get("common.ok"));

        waitUntil(() -> !robot.lookup("#backupProblem").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#backupProblem").queryLabeled().getText())
                .isEqualTo("이 백업은 복원할 수 없습니다: " + table(robot).getItems().get(0).fileName()
                        + "은(는) 데이터베이스 파일이 아닙니다.");
        assertThat(app.context).isSameAs(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScheduleAndRetentionAreSavedAndTheFolderOpens(FxRobot robot) {
        showSectionAlone(robot);
        ComboBox<BackupSchedule> schedule = robot.lookup("#backupSchedule").queryAs(ComboBox.class);
        Spinner<Integer> keep = robot.lookup("#backupKeep").queryAs(Spinner.class);
        waitUntil(() -> schedule.getValue() == BackupSchedule.DAILY);
        assertThat(robot.lookup("#backupRestore").query().isDisabled()).as("nothing chosen yet").isTrue();

        robot.interact(() -> schedule.setValue(BackupSchedule.WEEKLY));
        robot.interact(() -> keep.getValueFactory().setValue(30));
        waitUntil(() -> app.context.backupSettings().policy().keepScheduled() == 30);
        assertThat(app.context.backupSettings().policy()).isEqualTo(new BackupPolicy(BackupSchedule.WEEKLY, 30, 5));

        robot.interact(() -> schedule.setValue(BackupSchedule.OFF));
        waitUntil(() -> app.context.backupSettings().policy().schedule() == BackupSchedule.OFF);
        assertThat(keep.isDisabled()).isTrue();

        robot.clickOn("#backupOpenFolder");
        waitUntil(() -> !openedFolders.isEmpty());
        assertThat(openedFolders).containsExactly(app.context.backups().folder());
    }
}
