package com.mallboard.backup.ui;

import com.mallboard.backup.Backup;
import com.mallboard.backup.BackupKind;
import com.mallboard.backup.BackupPolicy;
import com.mallboard.backup.BackupSchedule;
import com.mallboard.backup.BackupService;
import com.mallboard.backup.BackupSettings;
import com.mallboard.backup.RestoreException;
import com.mallboard.common.BackgroundTask;
import com.mallboard.common.DataReopener;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The backups section's state: the list of backups, the policy being edited, and what the last action did. */
public final class BackupSectionModel {

    /** Opens a folder in the system's file manager; off the FX thread. */
    @FunctionalInterface
    public interface FolderOpener {
        void open(Path folder) throws Exception;
    }

    private final BackupService backups;
    private final BackupSettings settings;
    private final DataReopener reopener;
    private final TaskExecutor executor;
    private final Messages messages;
    private final FolderOpener folderOpener;
    private final ObservableList<Backup> list = FXCollections.observableArrayList();
    private final ObjectProperty<BackupPolicy> policy = new SimpleObjectProperty<>(BackupPolicy.DEFAULT);
    private final StringProperty feedback = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public BackupSectionModel(BackupService backups, BackupSettings settings, DataReopener reopener,
            TaskExecutor executor, Messages messages, FolderOpener folderOpener) {
        this.backups = backups;
        this.settings = settings;
        this.reopener = reopener;
        this.executor = executor;
        this.messages = messages;
        this.folderOpener = folderOpener;
    }

    private record Loaded(List<Backup> backups, BackupPolicy policy) {
    }

    /** Reads the backups and the saved policy again. */
    public void reload() {
        executor.execute(BackgroundTask.of("task.backup.list", () -> new Loaded(backups.list(), settings.policy()),
                loaded -> {
                    list.setAll(loaded.backups());
                    policy.set(loaded.policy());
                }, this::failed));
    }

    public void backUpNow() {
        busy.set(true);
        clear();
        executor.execute(BackgroundTask.of("task.backup.now", () -> backups.backUp(BackupKind.MANUAL, settings.policy()),
                taken -> {
            busy.set(false);
            feedback.set(messages.get("backup.section.done", taken.fileName()));
            reload();
        }, error -> {
            busy.set(false);
            failed(error);
        }));
    }

    /**
     * Closes the data, replaces the database with {@code backup} (a safety backup of the current data first), and
     * opens it again; the main window is rebuilt, this section with it.
     */
    public void restore(Backup backup) {
        Path chosen = backup.file();
        clear();
        // Checked here first, so a damaged backup is explained in this section instead of after closing the data.
        executor.execute(BackgroundTask.of("task.backup.check", () -> backups.check(chosen), check -> {
            if (check.good()) {
                reopener.reopen(backups.database().getParent(), folder -> backups.restore(chosen));
            } else {
                problem.set(messages.get("backup.section.cannotRestore",
                        messages.get(RestoreException.keyFor(check.status()), backup.fileName())));
            }
        }, this::failed));
    }

    public void changeSchedule(BackupSchedule schedule) {
        save(policy.get().withSchedule(schedule));
    }

    public void changeKeep(int keep) {
        save(policy.get().withKeepScheduled(keep));
    }

    private void save(BackupPolicy changed) {
        if (changed.equals(policy.get())) {
            return;
        }
        policy.set(changed);
        clear();
        executor.execute(BackgroundTask.of("task.backup.settings", () -> {
            settings.save(changed);
            return changed;
        }, saved -> feedback.set(messages.get("backup.section.saved")), this::failed));
    }

    public void openFolder() {
        Path folder = backups.folder();
        executor.execute(BackgroundTask.of("task.backup.open", () -> {
            Files.createDirectories(folder);
            folderOpener.open(folder);
            return folder;
        }, opened -> { }, error -> problem.set(messages.get("backup.section.folderFailed", folder))));
    }

    private void failed(Throwable error) {
        problem.set(messages.get("backup.section.failed", String.valueOf(error.getMessage())));
    }

    private void clear() {
        feedback.set("");
        problem.set("");
    }

    public ObservableList<Backup> backups() {
        return list;
    }

    public ObjectProperty<BackupPolicy> policy() {
        return policy;
    }

    public StringProperty feedback() {
        return feedback;
    }

    public StringProperty problem() {
        return problem;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public Messages messages() {
        return messages;
    }
}
