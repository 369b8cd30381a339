package com.mallboard.shipping.ui;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * A document the user can preview, print or save: its window title, the file name offered when saving, and the work
 * that draws it as PDF bytes (run in the background, once per preview, print or save).
 */
public record PrintableDocument(String title, String fileName, Callable<byte[]> render) {

    public PrintableDocument {
        Objects.requireNonNull(title);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(render);
    }
}
