package com.mallboard.report;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Views besides the real ones, for tests of the export around them: more sheets, a failure, a slow view. */
public final class TestSheets {
    private TestSheets() {
    }

    /** One row per day of the request's period (which must be closed), as a real DATE column; id {@code days}. */
    public static ReportSheet days() {
        return new Named("days", "report.period.all") {
            @Override
            public long write(ReportWorkbook workbook, ReportRequest request, ExportProgress progress,
                              BooleanSupplier cancelled) {
                List<LocalDate> days = Stream.iterate(request.from(), day -> !day.isAfter(request.to()),
                        day -> day.plusDays(1)).toList();
                return workbook.table("Days", List.of(new Column<LocalDate>("Day", CellKind.DATE, day -> day)),
                        days, progress, cancelled).rowCount();
            }
        };
    }

    /** A view whose data cannot be read; id {@code broken}, titled like the mall filter ("Mall"). */
    public static ReportSheet broken() {
        return new Named("broken", "report.filter.mall") {
            @Override
            public long write(ReportWorkbook workbook, ReportRequest request, ExportProgress progress,
                              BooleanSupplier cancelled) {
                throw new IllegalStateException("the orders table is locked");
            }
        };
    }

    /** A view that has written 1 of 10 rows and waits until the export is cancelled; id {@code slow}. */
    public static ReportSheet untilCancelled() {
        return new Named("slow", "report.log.title") {
            @Override
            public long write(ReportWorkbook workbook, ReportRequest request, ExportProgress progress,
                              BooleanSupplier cancelled) {
                progress.rowsWritten(1, 10);
                while (!cancelled.getAsBoolean()) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                throw new ExportCancelledException();
            }
        };
    }

    private abstract static class Named implements ReportSheet {
        private final String id;
        private final String titleKey;

        Named(String id, String titleKey) {
            this.id = id;
            this.titleKey = titleKey;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String titleKey() {
            return titleKey;
        }
    }
}
