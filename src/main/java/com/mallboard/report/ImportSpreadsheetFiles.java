package com.mallboard.report;

import com.mallboard.common.Messages;
import com.mallboard.product.importing.ImportPreview;
import com.mallboard.product.importing.ImportSpreadsheets;
import com.mallboard.sheet.SheetTable;
import java.nio.file.Path;
import java.util.List;

/** The import screen's workbooks, in the app's language: the template and the error report. */
public final class ImportSpreadsheetFiles implements ImportSpreadsheets {
    private final Messages messages;

    public ImportSpreadsheetFiles(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void saveTemplate(Path target, List<String> brands) {
        new ImportTemplate(messages).save(target, brands);
    }

    @Override
    public void saveErrorReport(Path target, SheetTable table, ImportPreview preview) {
        new ImportErrorReport(messages).save(target, table, preview);
    }
}
