package com.mallboard.app.about;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.report.ui.FileOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The About dialog's state: the diagnostics once read, and one line of feedback for the buttons. */
public final class AboutViewModel {
    private final Callable<Diagnostics> source;
    private final TaskExecutor executor;
    private final FileOpener opener;
    private final Messages messages;
    private final ObjectProperty<Diagnostics> diagnostics = new SimpleObjectProperty<>();
    private final StringProperty feedback = new SimpleStringProperty("");

    /** @param source reads the diagnostics; it runs off the FX thread */
    public AboutViewModel(Callable<Diagnostics> source, TaskExecutor executor, FileOpener opener, Messages messages) {
        this.source = source;
        this.executor = executor;
        this.opener = opener;
        this.messages = messages;
    }

    public void load() {
        executor.execute(BackgroundTask.of("about.task", source, diagnostics::set,
                error -> feedback.set(messages.get("about.load.failed", String.valueOf(error.getMessage())))));
    }

    /** Opens the log folder in the system's file manager; where that cannot be done, says where the folder is. */
    public void openLogFolder() {
        Diagnostics known = diagnostics.get();
        if (known == null) {
            return;
        }
        Path folder = known.logFolder();
        executor.execute(BackgroundTask.of("about.task", () -> {
            // A fresh data folder may not have logged yet; an empty folder is better than an error.
            Files.createDirectories(folder);
            opener.open(folder);
            return folder;
        }, opened -> feedback.set(""), failure -> feedback.set(messages.get("about.logs.cannot.open", folder))));
    }

    /** Hands the diagnostics' text to {@code clipboard} and says so; nothing before they are read. */
    public void copyDiagnostics(Consumer<String> clipboard) {
        Diagnostics known = diagnostics.get();
        if (known != null) {
            clipboard.accept(known.text());
            feedback.set(messages.get("about.copied"));
        }
    }

    public ReadOnlyObjectProperty<Diagnostics> diagnosticsProperty() {
        return diagnostics;
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback;
    }
}
