package com.mallboard.app.about;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AboutViewModelTest {
    @TempDir
    Path folder;
    private final List<Path> opened = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();
    private final Messages english = new Messages(Messages.ENGLISH);

    private Diagnostics diagnostics() {
        return new Diagnostics("1.2.3", "17.0.15 (Debian)", "Linux 6.1 (amd64)", folder, 4096, 10_000_000,
                new Diagnostics.Counts(2, 30, "10"), folder.resolve("logs"));
    }

    @Test
    void openLogFolderCreatesAFolderNothingHasLoggedToYetAndOpensIt() {
        AboutViewModel model = new AboutViewModel(this::diagnostics, new SameThreadTaskExecutor(), opened::add, english);
        model.load();

        model.openLogFolder();

        assertThat(opened).containsExactly(folder.resolve("logs"));
        assertThat(Files.isDirectory(folder.resolve("logs"))).isTrue();
        assertThat(model.feedbackProperty().get()).isEmpty();
    }

    @Test
    void nothingIsCopiedOrOpenedBeforeTheDiagnosticsAreRead() {
        AboutViewModel model = new AboutViewModel(this::diagnostics, new SameThreadTaskExecutor(), opened::add, english);

        model.openLogFolder();
        model.copyDiagnostics(clipboard::add);

        assertThat(opened).isEmpty();
        assertThat(clipboard).isEmpty();
    }

    @Test
    void copyPutsTheTextBlockOnTheClipboardAndSaysItHoldsNoPersonalData() {
        AboutViewModel model = new AboutViewModel(this::diagnostics, new SameThreadTaskExecutor(), opened::add, english);
        model.load();

        model.copyDiagnostics(clipboard::add);

        assertThat(clipboard).containsExactly(diagnostics().text());
        assertThat(clipboard.get(0)).contains("Mallboard 1.2.3", "Database size: 4.0 KB", "Free disk space: 9.5 MB",
                "Malls: 2", "Products: 30", "Schema version: 10");
        assertThat(model.feedbackProperty().get()).contains("no personal data");
    }

    @Test
    void diagnosticsThatCannotBeReadAreSaidInTheAppsLanguage() {
        AboutViewModel model = new AboutViewModel(() -> {
            throw new IllegalStateException("database is locked");
        }, new SameThreadTaskExecutor(), opened::add, english);

        model.load();

        assertThat(model.diagnosticsProperty().get()).isNull();
        assertThat(model.feedbackProperty().get()).isEqualTo("The details could not be read: database is locked");
    }
}
