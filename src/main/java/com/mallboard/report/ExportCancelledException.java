package com.mallboard.report;

/** The user cancelled the export; the target file was left as it was. */
public class ExportCancelledException extends ExportException {
    public static final String CANCELLED = "report.export.cancelled";

    public ExportCancelledException() {
        super(CANCELLED, null);
    }
}
