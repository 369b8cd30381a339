package com.mallboard.report;

import com.mallboard.common.ExplainedException;
import com.mallboard.common.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one workbook from the chosen views, in order, and saves it: the export behind the dialog and
 * {@code mallboard export}. Nothing reaches {@code target} unless every sheet was written, so a failed or cancelled
 * export leaves last week's file as it was. An export that included receivers' personal data is recorded in the
 * {@link ExportLog} and the app's log.
 */
public final class ReportExport {
    public static final String SHEET_FAILED = "report.error.sheet";
    public static final String NOTHING_CHOSEN = "report.error.no.sheets";
    private static final Logger LOG = LoggerFactory.getLogger(ReportExport.class);

    private final ExportLog log;
    private final Clock clock;
    private final String who;

    /** {@code who} is the person at the screen (the OS user), written to the log with each personal-data export. */
    public ReportExport(ExportLog log, Clock clock, String who) {
        this.log = log;
        this.clock = clock;
        this.who = who;
    }

    /**
     * Writes {@code chosen} for {@code request} to {@code target}, replacing it if it exists.
     *
     * @param progress hears which sheet is being written and how many of its rows are done (exporting thread)
     * @throws ExportCancelledException when {@code cancelled} turned true; the target is untouched
     * @throws ExportException when a sheet or the file failed ({@link #SHEET_FAILED} names the sheet); no file
     */
    public ExportSummary export(Path target, List<ReportSheet> chosen, ReportRequest request,
                                Consumer<ExportStep> progress, BooleanSupplier cancelled) {
        if (chosen.isEmpty()) {
            throw new ExportException(NOTHING_CHOSEN, null);
        }
        if (request.includePersonalData()) {
            log.checkPersonalDataExportAllowed();
        }
        long rows = 0;
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            for (int i = 0; i < chosen.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    throw new ExportCancelledException();
                }
                rows += writeSheet(workbook, chosen.get(i), i + 1, chosen.size(), request, progress, cancelled);
            }
            if (cancelled.getAsBoolean()) {
                throw new ExportCancelledException();
            }
            workbook.saveTo(target);
        }
        List<String> ids = chosen.stream().map(ReportSheet::id).toList();
        if (request.includePersonalData()) {
            recordPersonalData(target, ids, request);
        }
        return new ExportSummary(target.toAbsolutePath(), ids, rows);
    }

    private static long writeSheet(ReportWorkbook workbook, ReportSheet sheet, int number, int count,
                                   ReportRequest request, Consumer<ExportStep> progress, BooleanSupplier cancelled) {
        Messages messages = request.messages();
        String title = messages.get(sheet.titleKey());
        progress.accept(new ExportStep(number, count, title, 0, 0));
        try {
            return sheet.write(workbook, request, (written, total) ->
                    progress.accept(new ExportStep(number, count, title, written, total)), cancelled);
        } catch (ExportCancelledException cancel) {
            throw cancel;
        } catch (RuntimeException e) {
            LOG.warn("The report sheet {} failed; nothing was saved", sheet.id(), e);
            throw new ExportException(SHEET_FAILED, e, title, reason(messages, e));
        }
    }

    /** The cause in the user's language when the sheet explained it, else the technical message. */
    private static String reason(Messages messages, RuntimeException e) {
        if (e instanceof ExplainedException explained) {
            return messages.get(explained.messageKey(), explained.args());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The export log in the database names who and which file; the log file names only the sheets and period, since
     * user names and home-folder paths are personal data of the staff, and log files get sent around.
     */
    private void recordPersonalData(Path target, List<String> ids, ReportRequest request) {
        ExportLogEntry entry = new ExportLogEntry(clock.instant(), who, target.toAbsolutePath().toString(), ids,
                request.from(), request.to());
        log.record(entry);
        LOG.info("Report with receivers' personal data exported (see the export log): sheets {}, period {} to {}",
                String.join(",", ids), request.from() == null ? "open" : request.from(),
                request.to() == null ? "open" : request.to());
    }

    /** The newest exports that included personal data, newest first. */
    public List<ExportLogEntry> recentPersonalDataExports(int limit) {
        return log.recent(limit);
    }
}
