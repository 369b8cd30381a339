package com.mallboard.suggest.history;

import com.mallboard.product.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Offline evaluation: walk a history in time order and, at every stage entry, ask for the top-k learned suggestions
 * using only products completed before that moment; compare them with the actions the product really had in that
 * stage.
 */
public final class HistoryReplay {
    private HistoryReplay() {
    }

    /**
     * Averages over stage entries. {@code precision}: hits / suggestions shown, over entries that got at least one
     * suggestion; {@code strictPrecision}: hits / k over the same entries (a short list is not rewarded);
     * {@code recall}: hits / actions taken, over entries where the product took an action (no suggestion counts 0);
     * {@code coverage}: share of entries that got at least one suggestion.
     */
    public record Score(int entries, double precision, double strictPrecision, double recall, double coverage) {
    }

    public static Score replay(List<PastProduct> history, LearnedSettings settings, int k) {
        LearnedSuggester suggester = new LearnedSuggester(HistoryIndex.build(history, settings.tagWeights()), settings,
                new ReactionLog());
        List<Entry> entries = new ArrayList<>();
        for (PastProduct product : history) {
            product.stages().forEach((stage, visit) -> {
                if (stage != Stage.DONE) {
                    entries.add(new Entry(product, stage, visit));
                }
            });
        }
        entries.sort(Comparator.comparing((Entry e) -> e.visit().enteredAt()).thenComparingLong(e -> e.product().id()));
        Tally tally = new Tally(k);
        for (Entry entry : entries) {
            Instant at = entry.visit().enteredAt();
            List<String> shown = suggester.suggest(new SuggestionQuery(entry.product().id(), entry.product().tags(),
                    entry.stage(), at, k)).stream().map(LearnedSuggestion::actionKey).toList();
            Set<String> taken = entry.visit().actionTitles().stream().map(ActionTitles::key)
                    .filter(key -> !key.isEmpty()).collect(Collectors.toSet());
            tally.add(shown, taken);
        }
        return tally.score();
    }

    /** The sums behind a {@link Score}; public so the arithmetic can be checked on hand-made lists. */
    public static final class Tally {
        private final int k;
        private int entries;
        private int withSuggestions;
        private int withActions;
        private double precisionSum;
        private double strictSum;
        private double recallSum;

        public Tally(int k) {
            this.k = k;
        }

        public void add(List<String> shownKeys, Set<String> takenKeys) {
            entries++;
            long hits = shownKeys.stream().distinct().filter(takenKeys::contains).count();
            if (!shownKeys.isEmpty()) {
                withSuggestions++;
                precisionSum += (double) hits / shownKeys.size();
                strictSum += (double) hits / k;
            }
            if (!takenKeys.isEmpty()) {
                withActions++;
                recallSum += (double) hits / takenKeys.size();
            }
        }

        public Score score() {
            return new Score(entries, ratio(precisionSum, withSuggestions), ratio(strictSum, withSuggestions),
                    ratio(recallSum, withActions), ratio(withSuggestions, entries));
        }

        private static double ratio(double sum, int count) {
            return count == 0 ? 0 : sum / count;
        }
    }

    private record Entry(PastProduct product, Stage stage, StageVisit visit) {
    }

}
