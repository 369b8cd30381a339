package com.mallboard.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One export that included receivers' personal data: when, by whom, to which file, which sheets and which period
 * ({@code null} = open on that side). It holds no personal data itself.
 */
public record ExportLogEntry(Instant at, String who, String file, List<String> sheetIds, LocalDate from,
                             LocalDate to) {

    public ExportLogEntry {
        sheetIds = List.copyOf(sheetIds);
    }
}
