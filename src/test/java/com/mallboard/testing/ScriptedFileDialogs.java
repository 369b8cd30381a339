package com.mallboard.testing;

import com.mallboard.common.ui.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * File windows answered by the test instead of the user: saving goes to one path (or is cancelled when it is
 * {@code null}); opening hands out the given files in turn, the last one again once they run out.
 */
public final class ScriptedFileDialogs implements FileDialogs {
    private final Path saveTo;
    private final List<Path> toOpen;
    private final List<String> suggestedNames = new ArrayList<>();

    private ScriptedFileDialogs(Path saveTo, List<Path> toOpen) {
        this.saveTo = saveTo;
        this.toOpen = new ArrayList<>(toOpen);
    }

    public static ScriptedFileDialogs savingTo(Path target) {
        return new ScriptedFileDialogs(target, List.of());
    }

    public static ScriptedFileDialogs opening(List<Path> files) {
        return new ScriptedFileDialogs(null, files);
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(saveTo);
    }

    @Override
    public Optional<Path> openFile(Window owner, String title, List<String> extensions) {
        if (toOpen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(toOpen.size() > 1 ? toOpen.remove(0) : toOpen.get(0));
    }

    /** The file names offered in each save window so far: one per time the user was asked. */
    public List<String> suggestedNames() {
        return suggestedNames;
    }
}
