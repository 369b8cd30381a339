package com.mallboard.app;

import com.mallboard.common.Messages;
import com.mallboard.report.ExportException;
import com.mallboard.report.ExportSummary;
import com.mallboard.report.ReportCatalogue;
import com.mallboard.report.ReportFilter;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportSheet;
import com.mallboard.sync.Mall;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code mallboard export}: the export dialog for scripts and schedulers. Output is English and stable; the workbook
 * speaks the app's language (or {@code --lang}). Exit codes as {@link CommandLine}'s.
 */
final class ExportCommand {
    static final String HELP = "       mallboard export --out FILE [--sheets ID,...] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
            + "                        [--brand B] [--influencer I] [--tag T] [--mall MALL] [--lang ko|en]\n"
            + "                        [--include-personal-data] [--data-dir PATH]   write an Excel report";
    private static final Set<String> VALUED = Set.of("--out", "--sheets", "--from", "--to", "--brand",
            "--influencer", "--tag", "--mall", "--lang", "--data-dir");
    private static final String PERSONAL_DATA = "--include-personal-data";

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A mistake in the arguments, told on standard error with exit code 2. */
    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    int run(List<String> args) {
        try {
            Map<String, String> options = parse(args);
            if (!options.containsKey("--out")) {
                throw new UsageException("--out FILE is required");
            }
            LocalDate from = date(options, "--from");
            LocalDate to = date(options, "--to");
            if (from != null && to != null && to.isBefore(from)) {
                throw new UsageException("--to " + to + " is before --from " + from);
            }
            return export(options, from, to);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("Usage:");
            err.println(HELP);
            return CommandLine.USAGE;
        }
    }

    private int export(Map<String, String> options, LocalDate from, LocalDate to) {
        Path folder = DataFolder.forThisUser(Optional.ofNullable(options.get("--data-dir")));
        Path target = Path.of(options.get("--out")).toAbsolutePath();
        try (AppContext context = AppContext.openForThisUser(folder)) {
            List<ReportSheet> sheets = sheets(context.reports().catalogue(), options.get("--sheets"));
            Long mall = options.containsKey("--mall") ? mall(context, options.get("--mall"), folder) : null;
            Messages messages = new Messages(LanguageSetting.resolve(context.settings(),
                    Optional.ofNullable(options.get("--lang")), Locale.getDefault()));
            ReportFilter filter = new ReportFilter(options.get("--brand"), options.get("--influencer"),
                    options.get("--tag"), mall);
            ReportRequest request = new ReportRequest(messages, from, to, filter, options.containsKey(PERSONAL_DATA));
            ExportSummary summary = context.reports().export().export(target, sheets, request, step -> { },
                    () -> false);
            out.printf(Locale.ROOT, "wrote %d %s, %,d rows to %s%n", summary.sheetCount(),
                    summary.sheetCount() == 1 ? "sheet" : "sheets", summary.rows(), summary.file());
            if (request.includePersonalData()) {
                out.println("receivers' personal data included; the export was logged for "
                        + System.getProperty("user.name"));
            }
            return CommandLine.OK;
        } catch (ExportException e) {
            err.println("export failed: " + new Messages(Locale.ENGLISH).get(e.messageKey(), e.args()));
            return CommandLine.FAILED;
        }
    }

    /** Options with values and the one flag; anything else is a usage mistake. */
    private static Map<String, String> parse(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (arg.equals(PERSONAL_DATA)) {
                options.put(PERSONAL_DATA, "yes");
            } else if (!VALUED.contains(name)) {
                throw new UsageException("unknown option " + arg);
            } else if (arg.contains("=")) {
                options.put(name, arg.substring(name.length() + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                options.put(name, args.get(++i));
            } else {
                throw new UsageException(name + " needs a value");
            }
        }
        String lang = options.get("--lang");
        if (lang != null && !lang.equals("ko") && !lang.equals("en")) {
            throw new UsageException("--lang must be ko or en, not " + lang);
        }
        return options;
    }

    private static LocalDate date(Map<String, String> options, String name) {
        String text = options.get(name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(name + " " + text + " is not a date; write YYYY-MM-DD, e.g. 2026-11-01");
        }
    }

    /** The named sheets in catalogue order, or every sheet when none is named. */
    private static List<ReportSheet> sheets(ReportCatalogue catalogue, String names) {
        if (names == null) {
            return catalogue.sheets();
        }
        List<String> ids = new ArrayList<>();
        for (String name : names.split(",")) {
            String id = name.strip().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            if (catalogue.byId(id).isEmpty()) {
                throw new UsageException("unknown sheet " + name.strip() + "; valid sheets: "
                        + String.join(",", catalogue.ids()));
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw new UsageException("--sheets names no sheet; valid sheets: " + String.join(",", catalogue.ids()));
        }
        return catalogue.chosen(ids);
    }

    private static long mall(AppContext context, String idOrNumber, Path folder) {
        return CommandLine.findMall(context, idOrNumber).map(Mall::id)
                .orElseThrow(() -> new UsageException("no mall " + idOrNumber + " in " + folder));
    }
}
