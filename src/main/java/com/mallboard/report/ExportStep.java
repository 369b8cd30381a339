package com.mallboard.report;

/**
 * Where a running export is: sheet {@code sheetNumber} of {@code sheetCount} (counted from 1), named
 * {@code sheetTitle} in the request's language, with {@code rowsWritten} of its {@code rowsTotal} rows written.
 */
public record ExportStep(int sheetNumber, int sheetCount, String sheetTitle, long rowsWritten, long rowsTotal) {

    /** How much of the whole export is done, 0 to 1, counting each sheet as an equal part. */
    public double fraction() {
        double withinSheet = rowsTotal <= 0 ? 0 : Math.min(1.0, (double) rowsWritten / rowsTotal);
        return (sheetNumber - 1 + withinSheet) / sheetCount;
    }
}
