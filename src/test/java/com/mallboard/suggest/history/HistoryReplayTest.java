package com.mallboard.suggest.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.mallboard.product.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryReplayTest {
    private static final Instant DAY0 = Instant.parse("2025-03-01T00:00:00Z");

    @Test
    void tallyAveragesPrecisionOverEntriesWithSuggestionsAndRecallOverEntriesWithActions() {
        HistoryReplay.Tally tally = new HistoryReplay.Tally(3);
        tally.add(List.of("a", "b", "c"), Set.of("a", "c", "d")); // 2 hits: P 2/3, strict 2/3, R 2/3
        tally.add(List.of("x"), Set.of("x", "y"));                // 1 hit:  P 1,   strict 1/3, R 1/2
        tally.add(List.of(), Set.of("z"));                        // nothing shown: R 0
        tally.add(List.of("a"), Set.of());                        // nothing taken: P 0, strict 0

        HistoryReplay.Score score = tally.score();

        assertThat(score.entries()).isEqualTo(4);
        assertThat(score.precision()).isCloseTo((2.0 / 3 + 1 + 0) / 3, offset(1e-12));
        assertThat(score.strictPrecision()).isCloseTo((2.0 / 3 + 1.0 / 3 + 0) / 3, offset(1e-12));
        assertThat(score.recall()).isCloseTo((2.0 / 3 + 1.0 / 2 + 0) / 3, offset(1e-12));
        assertThat(score.coverage()).isCloseTo(3.0 / 4, offset(1e-12));
    }

    @Test
    void replayOnlyLearnsFromProductsCompletedBeforeEachStageEntry() {
        Set<String> sun = Set.of("sunscreen");
        List<PastProduct> history = List.of(
                product(1, sun, 0, 1, 2, List.of("Order SPF test")),
                product(2, sun, 3, 4, 5, List.of("order spf test")),
                product(3, sun, 6, 7, 8, List.of("Order SPF test", "Extra check")));

        HistoryReplay.Score score = HistoryReplay.replay(history, LearnedSettings.defaults(), 3);

        // six entries. Product 1: nothing completed yet, so no suggestions; it took one action (recall 0).
        // Product 2 sourcing: product 1 suggests "order spf test", taken (P 1, R 1). Product 3 sourcing: products 1
        // and 2 suggest it, taken among two (P 1, R 1/2). Planning entries: no action in history or taken.
        assertThat(score.entries()).isEqualTo(6);
        assertThat(score.precision()).isCloseTo(1.0, offset(1e-12));
        assertThat(score.strictPrecision()).isCloseTo(1.0 / 3, offset(1e-12));
        assertThat(score.recall()).isCloseTo((0 + 1 + 0.5) / 3, offset(1e-12));
        assertThat(score.coverage()).isCloseTo(2.0 / 6, offset(1e-12));
    }

    private static PastProduct product(long id, Set<String> tags, int plannedDay, int sourcedDay, int doneDay,
            List<String> sourcingActions) {
        return new PastProduct(id, tags, Map.of(
                Stage.PLANNING, new StageVisit(DAY0.plusSeconds(plannedDay * 86_400L), List.of()),
                Stage.SOURCING, new StageVisit(DAY0.plusSeconds(sourcedDay * 86_400L), sourcingActions)),
                DAY0.plusSeconds(doneDay * 86_400L));
    }
}
