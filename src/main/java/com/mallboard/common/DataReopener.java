package com.mallboard.common;

import java.nio.file.Path;

/**
 * Closes the open data folder and opens one again: the same folder after a restore from a backup, another after the
 * user chose one in the settings. The main window is rebuilt on whatever was opened.
 */
@FunctionalInterface
public interface DataReopener {

    /** Work on a data folder's files while nothing holds its database open; runs off the FX thread. */
    @FunctionalInterface
    interface WhileClosed {
        void run(Path folder) throws Exception;

        WhileClosed NOTHING = folder -> { };
    }

    /**
     * Closes the current folder, runs {@code whileClosed} on {@code folder}, then opens {@code folder}. When
     * {@code whileClosed} fails, the failure is shown to the user and the folder is opened as it is.
     */
    void reopen(Path folder, WhileClosed whileClosed);
}
