package com.mallboard.backup.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.backup.Backup;
import com.mallboard.backup.BackupService;
import com.mallboard.backup.DatabaseCheck;
import com.mallboard.backup.RestoreException;
import com.mallboard.common.BackgroundTask;
import com.mallboard.common.DataReopener.WhileClosed;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.MessageLabels;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the user sees instead of the board when the database is damaged or not a database: what happened, the
 * newest good backup, and four ways on. The chosen repair is handed back as work to do while the data folder is
 * closed; the caller runs it and opens the folder again.
 */
public final class RecoveryView extends VBox {
    private static final double CHOICE_WIDTH = 320;
    private final BackupService backups;
    private final TaskExecutor executor;
    private final Messages messages;
    private final FileDialogs files;
    private final Consumer<WhileClosed> repair;
    private final BackupTexts texts;
    private final Label newest = new Label();
    private final StringProperty problem = new SimpleStringProperty("");
    private final Button restoreNewest;
    private final Button choose;
    private final Button empty;
    private Backup newestGood;

    /**
     * @param damage what the check found in {@code backups.database()}
     * @param repair runs the chosen repair with the folder closed, then opens it again
     * @param quit ends the app
     */
    public RecoveryView(BackupService backups, DatabaseCheck damage, TaskExecutor executor, Messages messages,
            FileDialogs files, Consumer<WhileClosed> repair, Runnable quit) {
        super(14);
        this.backups = backups;
        this.executor = executor;
        this.messages = messages;
        this.files = files;
        this.repair = repair;
        this.texts = new BackupTexts(messages);
        setId("recoveryView");
        setMaxWidth(720);
        setStyle("-fx-padding: 40; -fx-alignment: center-left;");
        Label title = new Label(messages.get("recovery.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        String whatKey = damage.status() == DatabaseCheck.Status.NOT_A_DATABASE ? "recovery.notDatabase"
                : "recovery.damaged";
        Label what = wrapped("recoveryWhat", messages.get(whatKey, backups.database()));
        newest.setId("recoveryNewest");
        newest.setWrapText(true);
        newest.setText(messages.get("recovery.searching"));
        restoreNewest = button("recoveryRestoreNewest", "recovery.restoreNewest", this::restoreNewest);
        restoreNewest.setDisable(true);
        restoreNewest.getStyleClass().add(Styles.ACCENT);
        choose = button("recoveryChoose", "recovery.choose", this::chooseBackup);
        empty = button("recoveryEmpty", "recovery.empty", this::startEmpty);
        Button quitButton = button("recoveryQuit", "recovery.quit", quit);
        getChildren().addAll(title, what, newest, restoreNewest, choose, empty,
                wrapped("recoveryKept", messages.get("recovery.kept", backups.database().getFileName())), quitButton,
                MessageLabels.bound("recoveryProblem", problem, Styles.DANGER));
        findNewestGood();
    }

    private void findNewestGood() {
        executor.execute(BackgroundTask.of("task.backup.list", backups::newestGood, found -> {
            newestGood = found.orElse(null);
            newest.setText(found.map(backup -> messages.get("recovery.newest", texts.when(backup), texts.kind(backup)))
                    .orElseGet(() -> messages.get("recovery.none", backups.folder())));
            restoreNewest.setDisable(found.isEmpty());
        }, error -> newest.setText(messages.get("recovery.none", backups.folder()))));
    }

    private void restoreNewest() {
        Path chosen = newestGood.file();
        choose(folder -> backups.restore(chosen));
    }

    private void chooseBackup() {
        Optional<Path> picked = files.openFile(getScene().getWindow(), messages.get("recovery.choose.title"),
                List.of("db"));
        picked.ifPresent(file -> executor.execute(BackgroundTask.of("task.backup.list", () -> backups.check(file),
                check -> {
                    if (check.good()) {
                        choose(folder -> backups.restore(file));
                    } else {
                        problem.set(messages.get("recovery.badChoice", messages.get(
                                RestoreException.keyFor(check.status()), file.getFileName().toString())));
                    }
                }, error -> problem.set(String.valueOf(error.getMessage())))));
    }

    private void startEmpty() {
        choose(folder -> backups.setAsideDamaged());
    }

    private void choose(WhileClosed work) {
        restoreNewest.setDisable(true);
        choose.setDisable(true);
        empty.setDisable(true);
        repair.accept(work);
    }

    private Label wrapped(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    private Button button(String id, String textKey, Runnable action) {
        Button button = new Button(messages.get(textKey));
        button.setId(id);
        button.setOnAction(event -> action.run());
        button.setPrefWidth(CHOICE_WIDTH);
        return button;
    }
}
