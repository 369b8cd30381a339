package com.mallboard.settings.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.DataReopener;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.settings.DataFolderMove;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Where the data is, how big it is, and moving it or opening another folder. A move copies and checks the data while
 * the app keeps working, then closes the folder, brings the copy up to date, and opens it; the old folder stays as it
 * was. A refused folder is said at once and nothing changes.
 */
public final class DataFolderViewModel {
    private final DataFolderMove move;
    private final Path current;
    private final DataReopener reopener;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final SectionFeedback feedback = new SectionFeedback();

    /** @param current the data folder the app has open */
    public DataFolderViewModel(DataFolderMove move, Path current, DataReopener reopener, TaskExecutor executor,
            Messages messages) {
        this.move = move;
        this.current = current;
        this.reopener = reopener;
        this.executor = executor;
        this.messages = messages;
    }

    public Path current() {
        return current;
    }

    public void load() {
        executor.execute(BackgroundTask.of("settings.task", () -> move.size(current),
                bytes -> size.set(messages.get("settings.folder.size", bytes / (1024.0 * 1024.0))), this::failed));
    }

    /** Copies the data into {@code target}, checks it, tells the user, and reopens the app on it. */
    public void moveTo(Path target) {
        busy.set(true);
        feedback.saved(messages.get("settings.folder.copying", target));
        executor.execute(BackgroundTask.of("settings.folder.task", () -> {
            move.checkMoveTarget(current, target);
            move.copyWhileOpen(current, target);
            return target;
        }, copied -> {
            busy.set(false);
            notice.set(messages.get("settings.folder.moved", copied, current));
            reopener.reopen(copied, folder -> {
                move.remember(folder);
                move.copyWhileClosed(current, folder);
            });
        }, this::failed));
    }

    /** Opens the data in {@code target} (a new, empty folder starts afresh) and remembers it for the next start. */
    public void open(Path target) {
        busy.set(true);
        executor.execute(BackgroundTask.of("settings.folder.task", () -> {
            move.checkOpenTarget(current, target);
            return target;
        }, checked -> {
            busy.set(false);
            reopener.reopen(checked, move::remember);
        }, this::failed));
    }

    private void failed(Throwable error) {
        busy.set(false);
        feedback.problem(messages.explain(error, "settings.folder.failed"));
    }

    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** What the user must be told in a window of its own before the app reopens (the old folder is kept). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    SectionFeedback feedback() {
        return feedback;
    }

    public String feedbackText() {
        return feedback.textProperty().get();
    }
}
