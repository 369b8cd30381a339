package com.mallboard.bench;

import com.mallboard.product.Stage;
import com.mallboard.suggest.history.HistoryGenerator;
import com.mallboard.suggest.history.HistoryIndex;
import com.mallboard.suggest.history.LearnedSettings;
import com.mallboard.suggest.history.LearnedSuggester;
import com.mallboard.suggest.history.PastProduct;
import com.mallboard.suggest.history.ReactionLog;
import com.mallboard.suggest.history.SuggestionQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How long learned suggestions for one product take with 100,000 past products. A plain {@code main}:
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.SuggestionBenchmark -Dexec.classpathScope=test
 * </pre>
 * Optional arguments: history size, measured queries. Each query takes the tags of a generated product (a
 * different seed from the history) and a random stage, asked after the whole history. Goal: ≤ 5 ms.
 */
public final class SuggestionBenchmark {
    private static final int HISTORY = 100_000;
    private static final int QUERIES = 5_000;
    private static final int WARM_UP = 5_000;
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant NOW = START.plusSeconds(3L * 365 * 86_400);

    private SuggestionBenchmark() {
    }

    public static void main(String[] args) {
        int historySize = args.length > 0 ? Integer.parseInt(args[0]) : HISTORY;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : QUERIES;
        HistoryGenerator generator = new HistoryGenerator(START);
        List<PastProduct> history = generator.generate(historySize, 1);
        LearnedSettings settings = LearnedSettings.defaults();
        long started = System.nanoTime();
        HistoryIndex index = HistoryIndex.build(history, settings.tagWeights());
        System.out.printf(Locale.ROOT, "index of %,d products built in %d ms%n", index.size(),
                (System.nanoTime() - started) / 1_000_000);
        LearnedSuggester suggester = new LearnedSuggester(index, settings, new ReactionLog());
        List<PastProduct> askers = generator.generate(1_000, 99);
        Random random = new Random(7);
        Stage[] stages = {Stage.PLANNING, Stage.SOURCING, Stage.LABELING, Stage.SHIPMENT};
        long checksum = 0;
        for (int i = 0; i < WARM_UP; i++) {
            checksum += suggester.suggest(query(askers, stages, random)).size();
        }
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
            SuggestionQuery query = query(askers, stages, random);
            long t0 = System.nanoTime();
            checksum += suggester.suggest(query).size();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%,d queries after %,d warm-up: median %.3f ms, p99 %.3f ms, max %.3f ms"
                + " (suggestions returned: %d)%n", queries, WARM_UP, millis(nanos, 0.5), millis(nanos, 0.99),
                nanos[queries - 1] / 1e6, checksum);
    }

    private static SuggestionQuery query(List<PastProduct> askers, Stage[] stages, Random random) {
        PastProduct asker = askers.get(random.nextInt(askers.size()));
        return new SuggestionQuery(-1, asker.tags(), stages[random.nextInt(stages.length)], NOW, 3);
    }

    /** Nearest-rank percentile. */
    private static double millis(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
