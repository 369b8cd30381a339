package com.mallboard.settings;

import com.mallboard.common.ExplainedException;
import java.nio.file.Path;

/** A data folder the app will not move to or open, and why ({@code messageKey}, with the folder as argument). */
public class FolderRefusedException extends ExplainedException {
    public FolderRefusedException(String messageKey, Path folder) {
        super(messageKey, null, folder.toString());
    }
}
