package com.mallboard.bench;

import com.mallboard.common.Messages;
import com.mallboard.demo.SyntheticCatalogue;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.product.WalkedProduct;
import com.mallboard.store.Database;
import com.mallboard.store.JooqChecklistRepository;
import com.mallboard.store.JooqPastProductRepository;
import com.mallboard.store.JooqProductRepository;
import com.mallboard.store.JooqSettingsRepository;
import com.mallboard.store.JooqSuggestionReactionRepository;
import com.mallboard.store.JooqSuggestionRuleRepository;
import com.mallboard.suggest.LearnedHistory;
import com.mallboard.suggest.LearnedSuggestions;
import com.mallboard.suggest.SuggestionService;
import com.mallboard.suggest.history.HistoryGenerator;
import com.mallboard.suggest.history.LearnedSettings;
import com.mallboard.suggest.history.PastProduct;
import com.mallboard.suggest.rules.RuleEngine;
import com.mallboard.suggest.rules.SuggestionRuleService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Suggestions through the real store, as the app asks for them: the Next steps tab for one product (rules, learned,
 * checklist and reactions read from SQLite) and the board's badge counts for every active card. A plain {@code main}:
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.SuggestionStoreBenchmark \
 *     -Dexec.classpathScope=test [-Dexec.args="history active"]
 * </pre>
 * Defaults: 100,000 completed products of history, 50,000 active products, the default rule pack.
 */
public final class SuggestionStoreBenchmark {
    private static final int HISTORY = 100_000;
    private static final int ACTIVE = 50_000;
    private static final int PANEL_QUERIES = 2_000;
    private static final int COUNT_RUNS = 5;

    private SuggestionStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int historySize = args.length > 0 ? Integer.parseInt(args[0]) : HISTORY;
        int activeSize = args.length > 1 ? Integer.parseInt(args[1]) : ACTIVE;
        Path folder = Files.createTempDirectory("mallboard-suggest-bench");
        try (Database database = Database.open(folder)) {
            run(database, historySize, activeSize);
        } finally {
            BoardBenchmark.deleteRecursively(folder);
        }
    }

    private static void run(Database database, int historySize, int activeSize) {
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant();
        JooqProductRepository products = new JooqProductRepository(database.dsl(), clock);
        long t0 = System.nanoTime();
        List<WalkedProduct> past = new ArrayList<>(historySize);
        List<PastProduct> generated = new HistoryGenerator(now.minus(Duration.ofDays(900))).generate(historySize, 1);
        for (PastProduct product : generated) {
            past.add(product.toWalked(ProductDetails.of("HIST-" + product.id(), "past " + product.id()), false));
        }
        products.createWalked(past, "bench");
        products.createAll(SyntheticCatalogue.generate(activeSize, 5, now), "bench");
        System.out.printf(Locale.ROOT, "Mallboard suggestion store benchmark: %,d completed + %,d active products, java %s,"
                + " setup %.0f s%n", historySize, activeSize, System.getProperty("java.version"),
                (System.nanoTime() - t0) / 1e9);

        ProductService productService = new ProductService(products, new JooqChecklistRepository(database.dsl(), clock),
                clock, "bench");
        SuggestionRuleService rules = new SuggestionRuleService(new JooqSuggestionRuleRepository(database.dsl()),
                new JooqSettingsRepository(database.dsl()));
        rules.seedDefaults();
        JooqSuggestionReactionRepository reactions = new JooqSuggestionReactionRepository(database.dsl());
        Messages messages = new Messages(Messages.KOREAN);
        LearnedHistory history = new LearnedHistory(new JooqPastProductRepository(database.dsl()),
                LearnedSettings.defaults(), clock, Duration.ofDays(1));
        SuggestionService service = new SuggestionService(rules, new RuleEngine(clock, messages),
                new LearnedSuggestions(history, reactions, messages, clock), productService, reactions, clock, "bench");

        long t1 = System.nanoTime();
        int read = new JooqPastProductRepository(database.dsl()).completed().size();
        System.out.printf(Locale.ROOT, "%,d completed products read from SQLite: %.0f ms%n", read,
                (System.nanoTime() - t1) / 1e6);
        t1 = System.nanoTime();
        history.suggester();
        System.out.printf(Locale.ROOT, "history read from SQLite and indexed: %.0f ms%n", (System.nanoTime() - t1) / 1e6);

        List<Product> active = products.findActive().stream().filter(p -> p.stage() != Stage.DONE).toList();
        Random random = new Random(3);
        long checksum = 0;
        for (int i = 0; i < PANEL_QUERIES; i++) {
            checksum += service.open(active.get(random.nextInt(active.size()))).size();
        }
        long[] nanos = new long[PANEL_QUERIES];
        for (int i = 0; i < PANEL_QUERIES; i++) {
            Product product = active.get(random.nextInt(active.size()));
            long start = System.nanoTime();
            checksum += service.open(product).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "Next steps tab, one product: median %.2f ms, p99 %.2f ms (%,d queries)%n",
                nanos[PANEL_QUERIES / 2] / 1e6, nanos[PANEL_QUERIES * 99 / 100] / 1e6, PANEL_QUERIES);

        long first = System.nanoTime();
        checksum += service.openCounts(active).size();
        System.out.printf(Locale.ROOT, "badge counts for %,d active cards, first board load (learned answers computed):"
                + " %.0f ms%n", active.size(), (System.nanoTime() - first) / 1e6);
        double[] runs = new double[COUNT_RUNS];
        for (int i = 0; i < COUNT_RUNS; i++) {
            long start = System.nanoTime();
            checksum += service.openCounts(active).size();
            runs[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(runs);
        System.out.printf(Locale.ROOT, "badge counts for %,d active cards, later loads (answers kept): median %.0f ms,"
                + " best %.0f ms (checksum %d)%n", active.size(), runs[COUNT_RUNS / 2], runs[0], checksum);
    }
}
