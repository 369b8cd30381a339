package com.mallboard.report;

/** Told now and then how far an export is, so a screen can show a progress bar. Called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (written, total) -> { };

    void rowsWritten(long written, long total);
}
