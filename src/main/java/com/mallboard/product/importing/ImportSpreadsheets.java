package com.mallboard.product.importing;

import com.mallboard.sheet.SheetTable;
import java.nio.file.Path;
import java.util.List;

/**
 * The workbooks the import screen saves for the user. Writing spreadsheets is the {@code report} package's work; the
 * composition root hands its implementation in, so the import depends on no spreadsheet writer.
 */
public interface ImportSpreadsheets {

    /** An empty template to fill in: the product columns in the app's language, {@code brands} offered as a list. */
    void saveTemplate(Path target, List<String> brands);

    /** The rows of {@code table} that have problems in {@code preview}, their bad cells marked and explained. */
    void saveErrorReport(Path target, SheetTable table, ImportPreview preview);
}
