package com.mallboard.report;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: the file, the sheets' ids in order and the data rows of all of them. */
public record ExportSummary(Path file, List<String> sheetIds, long rows) {

    public ExportSummary {
        sheetIds = List.copyOf(sheetIds);
    }

    public int sheetCount() {
        return sheetIds.size();
    }
}
