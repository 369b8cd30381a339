package com.mallboard.report;

import java.util.List;

/** The record of exports that included receivers' personal data (implemented by the store). */
public interface ExportLog {

    void record(ExportLogEntry entry);

    /**
     * Refuses, before anything is written, an export with personal data this person may not make: on a team server
     * the server itself refuses reading receivers' columns (the warehouse role only) or the log (the manager role
     * only), as a {@code team.NotAllowedException}. The local file's one user may.
     */
    void checkPersonalDataExportAllowed();

    /** The newest {@code limit} entries, newest first. */
    List<ExportLogEntry> recent(int limit);
}
