package com.mallboard.report.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens an exported file, or its folder, in the program the operating system chooses. Called off the FX thread:
 * the desktop may take a while to start Excel. Tests pass their own.
 */
@FunctionalInterface
public interface FileOpener {

    /** @throws UnsupportedOperationException when this desktop cannot open files (then the user is told where it is) */
    void open(Path fileOrFolder) throws IOException;

    /** {@code java.awt.Desktop}, when the platform has it. */
    static FileOpener desktop() {
        return path -> {
            if (java.awt.GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                    || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new UnsupportedOperationException("this desktop cannot open files");
            }
            Desktop.getDesktop().open(path.toFile());
        };
    }
}
