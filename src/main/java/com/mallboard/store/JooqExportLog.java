package com.mallboard.store;

import static com.mallboard.store.ProductMapper.date;
import static com.mallboard.store.ProductMapper.instant;
import static com.mallboard.store.ProductMapper.text;
import static com.mallboard.store.generated.Tables.MALL_ORDER;
import static com.mallboard.store.generated.Tables.REPORT_EXPORT_LOG;

import com.mallboard.report.ExportLog;
import com.mallboard.report.ExportLogEntry;
import com.mallboard.store.generated.tables.records.ReportExportLogRecord;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;

/** Exports with receivers' personal data, one row each (see V10). */
public class JooqExportLog implements ExportLog {
    private final DSLContext dsl;

    public JooqExportLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(ExportLogEntry entry) {
        ReportExportLogRecord row = dsl.newRecord(REPORT_EXPORT_LOG);
        row.setAt(text(entry.at()));
        row.setWho(entry.who());
        row.setFile(entry.file());
        row.setSheets(String.join(",", entry.sheetIds()));
        row.setPeriodFrom(text(entry.from()));
        row.setPeriodTo(text(entry.to()));
        row.store();
    }

    /** Two reads that return no rows but still need the grants: the server checks privileges before it plans. */
    @Override
    public void checkPersonalDataExportAllowed() {
        dsl.select(OrderReader.PERSONAL).from(MALL_ORDER).limit(0).fetch();
        dsl.selectFrom(REPORT_EXPORT_LOG).limit(0).fetch();
    }

    @Override
    public List<ExportLogEntry> recent(int limit) {
        return dsl.selectFrom(REPORT_EXPORT_LOG).orderBy(REPORT_EXPORT_LOG.ID.desc()).limit(limit).fetch(row ->
                new ExportLogEntry(instant(row.getAt()), row.getWho(), row.getFile(),
                        row.getSheets().isEmpty() ? List.of() : Arrays.asList(row.getSheets().split(",")),
                        date(row.getPeriodFrom()), date(row.getPeriodTo())));
    }
}
