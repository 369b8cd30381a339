package com.mallboard.common.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where the user picks a file to save or open. Screens get it handed in, so tests answer with a temp path instead of
 * driving the operating system's file window, which a headless test cannot see.
 */
public interface FileDialogs {

    /** The file to write, with {@code extension} (no dot) added when the user left it out; empty when cancelled. */
    Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension);

    /** The file to read, among files ending in one of {@code extensions} (no dots); empty when cancelled. */
    Optional<Path> openFile(Window owner, String title, List<String> extensions);

    /** A folder to use (it may be new and empty); empty when cancelled. */
    default Optional<Path> chooseFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    /** The operating system's own file windows, remembering the last folder used while the app runs. */
    static FileDialogs system() {
        return new FileDialogs() {
            private File lastFolder;

            @Override
            public Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension) {
                FileChooser chooser = chooser(title, List.of(extension));
                chooser.setInitialFileName(suggestedName);
                return remember(chooser.showSaveDialog(owner)).map(path -> withExtension(path, extension));
            }

            @Override
            public Optional<Path> openFile(Window owner, String title, List<String> extensions) {
                return remember(chooser(title, extensions).showOpenDialog(owner));
            }

            private FileChooser chooser(String title, List<String> extensions) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                List<String> patterns = extensions.stream().map(e -> "*." + e).toList();
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", patterns), patterns));
                if (lastFolder != null && lastFolder.isDirectory()) {
                    chooser.setInitialDirectory(lastFolder);
                }
                return chooser;
            }

            private Optional<Path> remember(File chosen) {
                if (chosen == null) {
                    return Optional.empty();
                }
                lastFolder = chosen.getParentFile();
                return Optional.of(chosen.toPath());
            }
        };
    }

    /** "report" + "pdf" → "report.pdf"; a name that already ends in the extension stays as it is. */
    static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? path
                : path.resolveSibling(name + "." + extension);
    }
}
