package com.mallboard.common.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Choosing files to open or save, behind an interface so tests can answer with a temp file. */
public interface FileDialogs {

    Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension);

    /** {@code extensions} without dots ("xlsx", "csv"). */
    Optional<Path> openFile(Window owner, String title, List<String> extensions);

    /** The operating system's file choosers. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension, "*." + extension));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
            }

            @Override
            public Optional<Path> openFile(Window owner, String title, List<String> extensions) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", extensions),
                        extensions.stream().map(e -> "*." + e).toList()));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
            }
        };
    }
}
