package com.mallboard.report;

import java.util.List;

/** The record of exports that included receivers' personal data (implemented by the store). */
public interface ExportLog {

    void record(ExportLogEntry entry);

    /** The newest {@code limit} entries, newest first. */
    List<ExportLogEntry> recent(int limit);
}
