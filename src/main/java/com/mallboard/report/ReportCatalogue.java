package com.mallboard.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The views a manager can export, in the order the dialog lists them and the workbook holds them. The composition
 * root builds it, so a new view appears by being added to its list there.
 */
public final class ReportCatalogue {
    private final List<ReportSheet> sheets;

    public ReportCatalogue(List<ReportSheet> sheets) {
        List<String> seen = new ArrayList<>();
        for (ReportSheet sheet : sheets) {
            if (seen.contains(sheet.id())) {
                throw new IllegalArgumentException("two report sheets have the id " + sheet.id());
            }
            seen.add(sheet.id());
        }
        this.sheets = List.copyOf(sheets);
    }

    public List<ReportSheet> sheets() {
        return sheets;
    }

    /** The ids, in catalogue order, e.g. for a usage message. */
    public List<String> ids() {
        return sheets.stream().map(ReportSheet::id).toList();
    }

    public Optional<ReportSheet> byId(String id) {
        return sheets.stream().filter(sheet -> sheet.id().equals(id)).findFirst();
    }

    /** The sheets among {@code ids}, in catalogue order whatever order the ids came in; unknown ids are skipped. */
    public List<ReportSheet> chosen(Collection<String> ids) {
        return sheets.stream().filter(sheet -> ids.contains(sheet.id())).toList();
    }
}
