package com.mallboard.store;

import java.nio.file.Path;

/** Another Mallboard (the desktop app, or a restore from the command line) has the data folder open. */
public class DataFolderInUseException extends StoreException {
    private final transient Path folder;

    public DataFolderInUseException(Path folder) {
        super("Another Mallboard has the data folder " + folder + " open");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
