package com.mallboard.report;

import java.util.function.BooleanSupplier;

/**
 * One view a manager can tick in the export dialog (or name in {@code mallboard export --sheets}): it reads what it
 * needs through the services and writes one or more sheets, with their charts, into the workbook being built.
 */
public interface ReportSheet {

    /** Stable, lower-case, English id used by the CLI and to remember the dialog's choice, e.g. {@code products}. */
    String id();

    /** Message key of the view's name, shown in the dialog and used as its (first) sheet's name. */
    String titleKey();

    /**
     * Writes this view's sheets into {@code workbook} for {@code request}.
     *
     * @return the number of data rows written, for the summary the user sees
     * @throws ExportCancelledException as soon as {@code cancelled} turns true
     */
    long write(ReportWorkbook workbook, ReportRequest request, ExportProgress progress, BooleanSupplier cancelled);
}
