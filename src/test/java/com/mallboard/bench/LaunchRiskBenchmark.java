package com.mallboard.bench;

import com.mallboard.bench.BoardBenchmark.Stats;
import com.mallboard.board.BoardService;
import com.mallboard.board.CardExtras;
import com.mallboard.board.LaunchRisks;
import com.mallboard.demo.SyntheticCatalogue;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.Database;
import com.mallboard.store.JooqChecklistRepository;
import com.mallboard.store.JooqProductRepository;
import com.mallboard.store.JooqStageHistory;
import com.mallboard.suggest.risk.LaunchRiskService;
import com.mallboard.suggest.risk.StageDurations;
import com.mallboard.workflow.StageGates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.sqlite.SQLiteDataSource;

/**
 * What launch risk adds to a board of 50,000 products whose stage history is as long as their stage is far: one
 * history row per stage walked through (about 125,000 rows). A plain {@code main}, not a test:
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.LaunchRiskBenchmark -Dexec.classpathScope=test
 * </pre>
 * Optional arguments: product count, measured repetitions. Results go in {@code docs/performance.md}.
 */
public final class LaunchRiskBenchmark {
    private static final int PRODUCTS = 50_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 20;
    private static final long SEED = 42;

    private final Clock clock = Clock.systemUTC();
    private final int runs;
    private final Database database;
    private final JooqProductRepository products;
    private final JooqStageHistory history;
    private final LaunchRiskService risk;

    private LaunchRiskBenchmark(Path folder, int runs) {
        this.runs = runs;
        this.database = Database.open(folder);
        this.products = new JooqProductRepository(database.dsl(), clock);
        this.history = new JooqStageHistory(database.dsl());
        this.risk = new LaunchRiskService(history, clock);
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : PRODUCTS;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : RUNS;
        Path folder = Files.createTempDirectory("mallboard-risk-bench");
        try {
            new LaunchRiskBenchmark(folder, runs).run(count);
        } finally {
            BoardBenchmark.deleteRecursively(folder);
        }
    }

    private void run(int count) throws Exception {
        System.out.printf(Locale.ROOT, "Mallboard launch-risk benchmark: %,d products, %d warm-up + %d measured runs, "
                + "java %s%n", count, WARM_UP, runs, System.getProperty("java.version"));
        products.createAll(SyntheticCatalogue.generate(count, SEED, clock.instant()), "bench");
        List<Product> active = products.findActive();
        int rows = writeEarlierStages(active);
        System.out.printf(Locale.ROOT, "stage history: %,d rows%n", rows);

        Stats query = measure(() -> history.movesOfActiveProducts().size());
        var moves = history.movesOfActiveProducts();
        Stats durations = measure(() -> StageDurations.from(moves).of(Stage.SOURCING).days());
        StageDurations learned = StageDurations.from(moves);
        Stats assess = measure(() -> risk.atRisk(active, learned).size());
        Stats read = measure(() -> risk.durations().of(Stage.LABELING).days());
        Stats all = measure(() -> risk.atRiskAmong(active).size());
        Stats one = measure(() -> risk.atRiskAmongFew(active.subList(0, 1)).size());
        JooqChecklistRepository checklists = new JooqChecklistRepository(database.dsl(), clock);
        BoardService plain = new BoardService(products, checklists, StageGates.defaults(), clock);
        BoardService withRisk = new BoardService(products, checklists, StageGates.defaults(), clock,
                CardExtras.NONE.withRisks(LaunchRisks.of(risk::atRiskAmong, risk::atRiskAmongFew)));
        Stats boardPlain = measure(() -> plain.loadCards().size());
        Stats boardRisk = measure(() -> withRisk.loadCards().size());

        System.out.printf(Locale.ROOT, "%,d of %,d products at risk; typical days %s%n",
                risk.atRisk(active, learned).size(), active.size(), learned);
        System.out.println("| measurement | median ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        print("stage history query (JooqStageHistory, " + rows + " rows)", query);
        print("typical durations (medians) from the rows", durations);
        print("risk of " + active.size() + " products, durations known", assess);
        print("LaunchRiskService.durations(): query + medians (at most every 10 minutes)", read);
        print("LaunchRiskService.atRiskAmong, durations fresh (a board load)", all);
        print("one card after an edit (atRiskAmongFew, durations reused)", one);
        print("BoardService.loadCards() without launch risk", boardPlain);
        print("BoardService.loadCards() with launch risk, durations fresh", boardRisk);
        System.out.println("(checksum " + Stats.checksum() + ")");
        database.close();
    }

    /**
     * Gives every product the stays of the stages before its current one, 2 to 20 days each, ending when it entered
     * its stage: the history a board that has been used for a while has.
     */
    private int writeEarlierStages(List<Product> active) throws SQLException {
        Random random = new Random(SEED);
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + database.file().toAbsolutePath());
        int rows = 0;
        try (Connection connection = source.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO stage_history (product_id, from_stage, to_stage, moved_at, moved_by) VALUES (?,?,?,?,?)")) {
            connection.setAutoCommit(false);
            for (Product product : active) {
                Instant entered = product.stageEnteredAt();
                List<Object[]> earlier = new ArrayList<>();
                for (int stage = product.stage().ordinal() - 1; stage >= 0; stage--) {
                    entered = entered.minus(Duration.ofHours(48 + random.nextInt(18 * 24)));
                    earlier.add(new Object[] {Stage.values()[stage].name(), entered.toString()});
                }
                for (Object[] move : earlier) {
                    insert.setLong(1, product.id());
                    insert.setString(2, null);
                    insert.setString(3, (String) move[0]);
                    insert.setString(4, (String) move[1]);
                    insert.setString(5, "bench");
                    insert.addBatch();
                    rows++;
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return rows + active.size();
    }

    private Stats measure(Callable<Integer> work) throws Exception {
        return Stats.measure(WARM_UP, runs, work);
    }

    private static void print(String what, Stats stats) {
        stats.print(what);
    }
}
