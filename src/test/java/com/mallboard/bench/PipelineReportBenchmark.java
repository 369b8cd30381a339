package com.mallboard.bench;

import com.mallboard.bench.BoardBenchmark.Stats;
import com.mallboard.board.BoardSettings;
import com.mallboard.common.Messages;
import com.mallboard.demo.SyntheticCatalogue;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportSheet;
import com.mallboard.report.ReportWorkbook;
import com.mallboard.report.pipeline.PipelineSheet;
import com.mallboard.report.pipeline.StageHistorySheet;
import com.mallboard.store.Database;
import com.mallboard.store.JooqChecklistRepository;
import com.mallboard.store.JooqProductRepository;
import com.mallboard.store.JooqSettingsRepository;
import com.mallboard.store.JooqStageHistory;
import com.mallboard.suggest.risk.LaunchRiskService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sqlite.SQLiteDataSource;

/**
 * The Pipeline and Stage history views over a used board: 50,000 products, each with the stays of the stages before
 * its current one (2 to 20 days each, about 125,000 moves). A plain {@code main}, not a test:
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.PipelineReportBenchmark -Dexec.classpathScope=test
 * </pre>
 * Optional arguments: product count, measured repetitions. Results go in {@code docs/performance.md}.
 */
public final class PipelineReportBenchmark {
    private static final int PRODUCTS = 50_000;
    private static final int WARM_UP = 2;
    private static final int RUNS = 5;
    private static final long SEED = 42;

    private final Clock clock = Clock.systemUTC();
    private final Database database;
    private final JooqProductRepository products;
    private final ProductService service;
    private final Path folder;

    private PipelineReportBenchmark(Path folder) {
        this.folder = folder;
        this.database = Database.open(folder);
        this.products = new JooqProductRepository(database.dsl(), clock);
        this.service = new ProductService(products, new JooqChecklistRepository(database.dsl(), clock), clock, "bench");
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : PRODUCTS;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : RUNS;
        Path folder = Files.createTempDirectory("mallboard-pipeline-bench");
        try {
            new PipelineReportBenchmark(folder).run(count, runs);
        } finally {
            BoardBenchmark.deleteRecursively(folder);
        }
    }

    private void run(int count, int runs) throws Exception {
        System.out.printf(Locale.ROOT, "Mallboard pipeline report benchmark: %,d products, %d warm-up + %d measured "
                + "runs, java %s%n", count, WARM_UP, runs, System.getProperty("java.version"));
        products.createAll(SyntheticCatalogue.generate(count, SEED, clock.instant()), "bench");
        System.out.printf(Locale.ROOT, "stage history: %,d rows%n", writeEarlierStages(products.findActive()));
        ReportSheet pipeline = new PipelineSheet(service, new BoardSettings(new JooqSettingsRepository(database.dsl())),
                new LaunchRiskService(new JooqStageHistory(database.dsl()), clock), clock);
        ReportSheet history = new StageHistorySheet(service, clock);
        ReportRequest request = ReportRequest.everything(new Messages(Messages.KOREAN));
        Path target = folder.resolve("report.xlsx");

        Stats pipelineOnly = Stats.measure(WARM_UP, runs, () -> (int) write(List.of(pipeline), request, target));
        Stats historyOnly = Stats.measure(WARM_UP, runs, () -> (int) write(List.of(history), request, target));
        Stats both = Stats.measure(WARM_UP, runs, () -> (int) write(List.of(pipeline, history), request, target));
        System.out.println("| measurement | median ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        pipelineOnly.print("Pipeline view (4 sheets, 2 charts), written and saved");
        historyOnly.print("Stage history view (3 sheets, 2 charts), written and saved");
        both.print("both views in one workbook");
        System.out.printf(Locale.ROOT, "workbook %,d bytes; heap in use after a GC %,d MB (checksum %d)%n",
                Files.size(target), usedHeapMb(), Stats.checksum());
        database.close();
    }

    private static long write(List<ReportSheet> sheets, ReportRequest request, Path target) {
        long rows = 0;
        try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
            for (ReportSheet sheet : sheets) {
                rows += sheet.write(workbook, request, ExportProgress.NONE, () -> false);
            }
            workbook.saveTo(target);
        }
        return rows;
    }

    private static long usedHeapMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    /** The stays before each product's current stage, 2 to 20 days each, ending when it entered its stage. */
    private int writeEarlierStages(List<Product> active) throws SQLException {
        Random random = new Random(SEED);
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + database.file().toAbsolutePath());
        int rows = active.size();
        try (Connection connection = source.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO stage_history (product_id, "
                     + "from_stage, to_stage, moved_at, moved_by) VALUES (?,?,?,?,?)");
             PreparedStatement entered = connection.prepareStatement(
                     "UPDATE stage_history SET from_stage = ? WHERE product_id = ? AND from_stage IS NULL")) {
            connection.setAutoCommit(false);
            for (Product product : active) {
                if (product.stage() == Stage.PLANNING) {
                    continue;
                }
                entered.setString(1, Stage.values()[product.stage().ordinal() - 1].name());
                entered.setLong(2, product.id());
                entered.addBatch();
                Instant at = product.stageEnteredAt();
                for (int stage = product.stage().ordinal() - 1; stage >= 0; stage--) {
                    at = at.minus(Duration.ofHours(48 + random.nextInt(18 * 24)));
                    insert.setLong(1, product.id());
                    insert.setString(2, stage == 0 ? null : Stage.values()[stage - 1].name());
                    insert.setString(3, Stage.values()[stage].name());
                    insert.setString(4, at.toString());
                    insert.setString(5, "bench");
                    insert.addBatch();
                    rows++;
                }
            }
            entered.executeBatch();
            insert.executeBatch();
            connection.commit();
        }
        return rows;
    }
}
