package com.mallboard.bench;

import com.mallboard.suggest.history.HistoryGenerator;
import com.mallboard.suggest.history.HistoryReplay;
import com.mallboard.suggest.history.LearnedSettings;
import com.mallboard.suggest.history.PastProduct;
import com.mallboard.suggest.history.TagWeights;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Offline quality of the learned suggestions: precision@3 and recall@3 when a generated history is replayed in time
 * order. A plain {@code main}, not a test:
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.SuggestionEvaluation -Dexec.classpathScope=test
 * </pre>
 * Without arguments it reports {@link LearnedSettings#defaults()} on seeds 1 (tuning), 2 and 3 (never tuned on).
 * With the argument {@code tune} it prints a small grid on seed 1 only, which is how the defaults were chosen.
 * Goal: precision@3 ≥ 0.6 on seeds 2 and 3.
 */
public final class SuggestionEvaluation {
    private static final int PRODUCTS = 3_000;
    private static final int K = 3;
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private SuggestionEvaluation() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && "tune".equals(args[0])) {
            tune();
            return;
        }
        LearnedSettings settings = LearnedSettings.defaults();
        System.out.println("settings: " + settings);
        for (long seed = 1; seed <= 3; seed++) {
            report(seed == 1 ? "seed 1 (tuning)" : "seed " + seed + " (held out)", seed, settings);
        }
    }

    private static void tune() {
        for (double support : List.of(0.2, 0.3, 0.35, 0.45)) {
            for (int neighbours : List.of(20, 60, 150)) {
                for (double generic : List.of(0.3, 1.0)) {
                    for (int halfLifeDays : List.of(90, 365)) {
                        LearnedSettings settings = LearnedSettings.defaults().withMinSupport(support)
                                .withNeighbours(neighbours).withTagWeights(TagWeights.of(generic))
                                .withHalfLife(Duration.ofDays(halfLifeDays));
                        report(String.format(Locale.ROOT, "support %.2f k %3d generic %.1f half-life %3dd",
                                support, neighbours, generic, halfLifeDays), 1, settings);
                    }
                }
            }
        }
    }

    private static void report(String label, long seed, LearnedSettings settings) {
        List<PastProduct> history = new HistoryGenerator(START).generate(PRODUCTS, seed);
        long started = System.nanoTime();
        HistoryReplay.Score score = HistoryReplay.replay(history, settings, K);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(Locale.ROOT,
                "%-45s entries %6d  precision@3 %.3f  strict precision@3 %.3f  recall@3 %.3f  coverage %.3f  (%d ms)%n",
                label, score.entries(), score.precision(), score.strictPrecision(), score.recall(), score.coverage(),
                millis);
    }
}
