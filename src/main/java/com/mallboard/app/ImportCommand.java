package com.mallboard.app;

import com.mallboard.common.ExplainedException;
import com.mallboard.common.Messages;
import com.mallboard.product.DuplicateSkuException;
import com.mallboard.product.StaleProductException;
import com.mallboard.product.importing.CellProblem;
import com.mallboard.product.importing.ImportPreview;
import com.mallboard.product.importing.ImportRow;
import com.mallboard.product.importing.ImportSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code mallboard import FILE [--dry-run] [--valid-rows-only] [--data-dir PATH]}: the bulk product import for
 * scripts. It previews the file like the import screen, prints the counts and every problem as
 * {@code row 12, column C: <message>} in English, and writes only when there is no problem (or the valid rows were
 * asked for) and it is not a dry run. Exit codes: 0 done, 1 problems or failure (nothing written), 2 bad usage.
 */
final class ImportCommand {
    static final String HELP = "       mallboard import FILE [--dry-run] [--valid-rows-only] [--data-dir PATH]\n"
            + "                        load products from an xlsx, xls or CSV file";
    private static final Set<String> FLAGS = Set.of("--dry-run", "--valid-rows-only");
    private static final Set<String> VALUED = Set.of("--data-dir", "--lang");

    private final PrintStream out;
    private final PrintStream err;
    private final Messages english = new Messages(Messages.ENGLISH);

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Optional<String> mistake = mistake(args);
        if (mistake.isPresent()) {
            err.println(mistake.get());
            err.println("Usage:");
            err.println(HELP);
            return CommandLine.USAGE;
        }
        List<String> files = files(args);
        Path file = Path.of(files.get(0));
        boolean dryRun = args.contains("--dry-run");
        boolean validRowsOnly = args.contains("--valid-rows-only");
        Path folder = DataFolder.forThisUser(StartupOptions.parse(args).dataDir());
        try (AppContext context = AppContext.openForThisUser(folder)) {
            var importer = context.productImport();
            ImportPreview preview = importer.preview(file);
            report(preview);
            if (preview.hasProblems() && !validRowsOnly) {
                err.println("nothing was written: fix the rows above, or run again with --valid-rows-only");
                return CommandLine.FAILED;
            }
            if (dryRun) {
                out.println("dry run: nothing was written");
                return preview.hasProblems() ? CommandLine.FAILED : CommandLine.OK;
            }
            ImportSummary done = importer.commit(preview, validRowsOnly);
            out.printf("imported: %d inserted, %d updated, %d unchanged, %d rows with problems skipped%n",
                    done.inserted(), done.updated(), done.unchanged(), done.skipped());
            return CommandLine.OK;
        } catch (ExplainedException e) {
            err.println("nothing was written: " + english.get(e.messageKey(), e.args()));
        } catch (StaleProductException e) {
            err.println("nothing was written: a product was changed while importing (id " + e.productId()
                    + "); run the import again");
        } catch (DuplicateSkuException e) {
            err.println("nothing was written: SKU " + e.sku() + " is already used by another product");
        }
        return CommandLine.FAILED;
    }

    private void report(ImportPreview preview) {
        long problemRows = preview.rows().stream().filter(r -> !r.valid()).count();
        out.printf("preview: %d inserts, %d updates, %d unchanged, %d rows with problems%n",
                preview.count(ImportRow.Kind.INSERT), preview.count(ImportRow.Kind.UPDATE),
                preview.count(ImportRow.Kind.UNCHANGED), problemRows);
        if (!preview.ignoredColumns().isEmpty()) {
            out.println("ignored columns: " + String.join(", ", preview.ignoredColumns()));
        }
        for (CellProblem problem : preview.problems()) {
            String where = problem.column() == null ? "row " + problem.row()
                    : "row " + problem.row() + ", column " + problem.column();
            out.println(where + ": " + english.get(problem.messageKey(), problem.args()));
        }
    }

    /** An unknown option, a missing value, or not exactly one file; empty when the arguments are fine. */
    private static Optional<String> mistake(List<String> args) {
        List<String> options = args.stream().filter(arg -> !files(args).contains(arg)).toList();
        Optional<String> mistake = CommandLine.optionMistake(options, VALUED, FLAGS);
        if (mistake.isPresent()) {
            return mistake;
        }
        int count = files(args).size();
        return count == 1 ? Optional.empty() : Optional.of(count == 0 ? "FILE is required" : "one FILE only, not " + count);
    }

    /** The arguments that are neither options nor an option's value. */
    private static List<String> files(List<String> args) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (VALUED.contains(arg) && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                i++;
            } else if (!arg.startsWith("-")) {
                files.add(arg);
            }
        }
        return files;
    }
}
