package com.mallboard.report.malls;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.report.CellKind;
import com.mallboard.report.Column;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportSheet;
import com.mallboard.report.ReportWorkbook;
import com.mallboard.sync.ListingChip;
import com.mallboard.sync.ListingService;
import com.mallboard.sync.MallService;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The Malls sheet: one row per mall (the mall filter keeps one), a snapshot of today, with failures counted within the
 * report's period. Reads {@link MallService#statuses()}, the job log and the listing chips the board shows.
 */
public final class MallsSheet implements ReportSheet {
    /** The newest jobs read per mall for failures: enough for weeks of a busy mall's sync, and one small query. */
    static final int JOBS_READ = 1_000;

    private final MallService malls;
    private final ListingService listings;

    public MallsSheet(MallService malls, ListingService listings) {
        this.malls = malls;
        this.listings = listings;
    }

    @Override
    public String id() {
        return "malls";
    }

    @Override
    public String titleKey() {
        return "report.malls.sheet";
    }

    @Override
    public long write(ReportWorkbook workbook, ReportRequest request, ExportProgress progress,
                      BooleanSupplier cancelled) {
        Collection<List<ListingChip>> chips = listings.allChips().values();
        List<MallRow> rows = malls.statuses().stream()
                .filter(status -> request.filter().matchesMall(status.mall().id()))
                .map(status -> MallRow.of(status, chips, malls.jobLog(status.mall().id(), JOBS_READ), request))
                .toList();
        return workbook.table(request.messages().get(titleKey()), columns(request.messages()), rows, progress,
                cancelled).rowCount();
    }

    private static List<Column<MallRow>> columns(Messages m) {
        Formats formats = new Formats(Formats.SEOUL, m.locale());
        return List.of(
                new Column<>(m.get("mall.column.name"), CellKind.TEXT, row -> row.status().mall().displayName()),
                new Column<>(m.get("report.malls.column.mall.id"), CellKind.TEXT, row -> row.status().mall().mallId()),
                new Column<>(m.get("mall.column.platform"), CellKind.TEXT, row -> row.status().mall().platform().name()),
                new Column<>(m.get("report.malls.column.enabled"), CellKind.TEXT,
                        row -> yesNo(m, row.status().mall().enabled())),
                new Column<>(m.get("report.malls.column.demo"), CellKind.TEXT, row -> yesNo(m, row.status().mall().demo())),
                new Column<>(m.get("mall.column.state"), CellKind.TEXT, row -> m.get(row.state().messageKey())),
                new Column<>(m.get("report.malls.column.sync"), CellKind.TEXT,
                        row -> m.get("report.malls.sync." + row.health().name().toLowerCase(Locale.ROOT))),
                new Column<>(m.get("mall.column.last.sync"), CellKind.TEXT,
                        row -> dateTime(formats, row.status().lastSyncAt())),
                new Column<>(m.get("mall.column.queue"), CellKind.NUMBER, row -> row.status().pendingJobs()),
                new Column<>(m.get("mall.column.failures"), CellKind.NUMBER, row -> row.status().failedJobs()),
                new Column<>(m.get("report.malls.column.failures.period"), CellKind.NUMBER, MallRow::failuresInPeriod),
                new Column<>(m.get("report.malls.column.last.failure"), CellKind.TEXT, MallRow::lastFailure),
                new Column<>(m.get("report.malls.column.last.failure.at"), CellKind.TEXT,
                        row -> dateTime(formats, row.lastFailureAt())),
                new Column<>(m.get("report.malls.column.listed"), CellKind.NUMBER, MallRow::listedProducts),
                new Column<>(m.get("report.malls.column.drift"), CellKind.NUMBER, MallRow::drifting));
    }

    private static String yesNo(Messages m, boolean yes) {
        return m.get(yes ? "report.malls.yes" : "report.malls.no");
    }

    private static String dateTime(Formats formats, Instant instant) {
        return instant == null ? null : formats.dateTime(instant);
    }
}
