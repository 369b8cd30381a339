package com.mallboard.backup.ui;

import static com.mallboard.store.generated.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.backup.BackupKind;
import com.mallboard.backup.BackupPolicy;
import com.mallboard.backup.BackupService;
import com.mallboard.backup.DatabaseCheck;
import com.mallboard.common.DataReopener.WhileClosed;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.store.Database;
import com.mallboard.store.SqliteBackupStore;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window a user meets when the database is damaged: it names the newest good backup and repairs from it. */
@ExtendWith(ApplicationExtension.class)
class RecoveryViewTest {
    private final Messages messages = new Messages(Messages.KOREAN);
    private final AtomicReference<WhileClosed> repair = new AtomicReference<>();
    private final AtomicBoolean quit = new AtomicBoolean();
    @TempDir
    Path folder;
    private BackupService backups;
    private Stage stage;
    private Path chosenFile;

    @Start
    void start(Stage primary) {
        this.stage = primary;
        FxTestSupport.installThemeOnce();
    }

    /** A store with two products, backed up, then damaged in the middle; the view shown over it. */
    private void damagedStoreWithBackup(FxRobot robot) throws IOException {
        TestStore store = TestStore.open(folder);
        store.createDraft("KEEP-001", "백업된 상품");
        store.createDraft("KEEP-002", "백업된 상품 2");
        backups = new BackupService(folder.resolve(Database.FILE_NAME), new SqliteBackupStore(), new TestClock());
        backups.backUp(BackupKind.DAILY, BackupPolicy.DEFAULT);
        store.database().close();
        try (RandomAccessFile raf = new RandomAccessFile(folder.resolve(Database.FILE_NAME).toFile(), "rw")) {
            raf.seek(4096);
            raf.write(new byte[3 * 4096]);
        }
        DatabaseCheck damage = backups.checkDatabase();
        assertThat(damage.status()).isEqualTo(DatabaseCheck.Status.DAMAGED);
        FileDialogs files = new FileDialogs() {
            @Override
            public Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> openFile(Window owner, String title, List<String> extensions) {
                return Optional.ofNullable(chosenFile);
            }
        };
        robot.interact(() -> {
            stage.setScene(FxTestSupport.scene(new RecoveryView(backups, damage, new SameThreadTaskExecutor(), messages,
                    files, repair::set, () -> quit.set(true)), 800, 600));
            stage.show();
        });
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    @Test
    void restoringTheNewestBackupRepairsTheDatabaseAndKeepsTheDamagedFile(FxRobot robot) throws Exception {
        damagedStoreWithBackup(robot);
        assertThat(text(robot, "#recoveryWhat")).isEqualTo(messages.get("recovery.damaged", backups.database()));
        assertThat(text(robot, "#recoveryNewest")).isEqualTo("가장 최근의 정상 백업: 2026-11-25 01:00 (매일)");

        robot.clickOn("#recoveryRestoreNewest");
        assertThat(repair.get()).isNotNull();
        assertThat(robot.lookup("#recoveryEmpty").query().isDisabled()).as("one choice at a time").isTrue();
        repair.get().run(folder);

        try (Database database = Database.open(folder)) {
            assertThat(database.dsl().fetchCount(PRODUCT)).isEqualTo(2);
        }
        assertThat(folder.resolve("mallboard.db.damaged-20261125-0100")).exists();
    }

    @Test
    void choosingAFileThatIsNoBackupSaysWhyAndChangesNothing(FxRobot robot) throws Exception {
        damagedStoreWithBackup(robot);
        chosenFile = Files.writeString(folder.resolve("notes.db"), "memo\n".repeat(400));

        robot.clickOn("#recoveryChoose");

        assertThat(text(robot, "#recoveryProblem")).isEqualTo("그 파일은 복원할 수 없습니다: notes.db은(는) 데이터베이스 파일이 아닙니다.");
        assertThat(repair.get()).isNull();
    }

    @Test
    void startingEmptySetsTheDamagedFileAsideAndQuitQuits(FxRobot robot) throws Exception {
        damagedStoreWithBackup(robot);

        robot.clickOn("#recoveryEmpty");
        repair.get().run(folder);
        try (Database database = Database.open(folder)) {
            assertThat(database.dsl().fetchCount(PRODUCT)).isZero();
        }
        assertThat(folder.resolve("mallboard.db.damaged-20261125-0100")).exists();

        robot.clickOn("#recoveryQuit");
        assertThat(quit).isTrue();
    }
}
