package com.mallboard.suggest.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggestions learned from history: the actions that similar past products had in the same stage, ranked.
 * <ol>
 * <li>Candidates are only the products sharing at least one tag with the query (inverted index), completed before
 * the query's moment.</li>
 * <li>Each gets weight = weighted Jaccard of the tag sets × 0.5^(age / half-life); the heaviest
 * {@code neighbours} are kept.</li>
 * <li>An action's support is the weight of the neighbours that did it over the weight of all neighbours; actions
 * under {@code minSupport}, and those dismissed for this product, are dropped.</li>
 * <li>The score is the support × smoothed acceptance rate / prior, so an action people keep dismissing sinks.</li>
 * </ol>
 */
public final class LearnedSuggester {
    private static final int EVIDENCE_TAGS = 2;

    private final HistoryIndex index;
    private final LearnedSettings settings;
    private final ReactionLog reactions;
    /** Per-thread work arrays as long as the history, reused so a query allocates next to nothing (no GC pauses). */
    private final ThreadLocal<Scratch> scratch;

    public LearnedSuggester(HistoryIndex index, LearnedSettings settings, ReactionLog reactions) {
        this.index = index;
        this.settings = settings;
        this.reactions = reactions;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(index.size()));
    }

    public List<LearnedSuggestion> suggest(SuggestionQuery query) {
        return suggest(query, reactions);
    }

    /** As {@link #suggest(SuggestionQuery)} with another reaction log: the index stays, the reactions change. */
    public List<LearnedSuggestion> suggest(SuggestionQuery query, ReactionLog reactions) {
        Neighbours neighbours = nearest(query);
        if (neighbours.size() == 0) {
            return List.of();
        }
        Map<Integer, ActionTally> tallies = new HashMap<>();
        double totalWeight = 0;
        for (int i = 0; i < neighbours.size(); i++) {
            totalWeight += neighbours.weight(i);
            for (int action : index.actions(neighbours.product(i), query.stage())) {
                tallies.computeIfAbsent(action, a -> new ActionTally()).add(neighbours.weight(i));
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Map.Entry<Integer, ActionTally> entry : tallies.entrySet()) {
            String key = index.actionKey(entry.getKey());
            double support = entry.getValue().weight / totalWeight;
            if (support < settings.minSupport() || reactions.isDismissed(query.productId(), key)) {
                continue;
            }
            double acceptance = reactions.smoothedAcceptance(key, settings.priorAcceptance(), settings.priorStrength());
            ranked.add(new Ranked(entry.getKey(), support, support * acceptance / settings.priorAcceptance(),
                    entry.getValue().count));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(r -> index.actionKey(r.action())));
        return ranked.stream().limit(query.limit())
                .map(r -> new LearnedSuggestion(index.actionTitle(r.action()), index.actionKey(r.action()), r.support(),
                        r.score(), new Evidence(r.count(), neighbours.size(), evidenceTags(query, neighbours, r.action()),
                                query.stage())))
                .toList();
    }

    private Neighbours nearest(SuggestionQuery query) {
        int cutoff = index.completedBefore(query.at());
        Neighbours neighbours = new Neighbours(settings.neighbours());
        if (cutoff == 0) {
            return neighbours;
        }
        TagWeights weights = index.tagWeights();
        double[] shared = scratch.get().shared;
        int[] touched = scratch.get().touched;
        int touchedCount = 0;
        double queryWeight = 0;
        for (String tag : query.tags()) {
            double weight = weights.weight(tag);
            queryWeight += weight;
            int tagId = index.tagId(tag);
            if (tagId < 0) {
                continue;
            }
            for (int product : index.productsWithTag(tagId)) {
                if (product >= cutoff) {
                    break;
                }
                if (shared[product] == 0) {
                    touched[touchedCount++] = product;
                }
                shared[product] += weight;
            }
        }
        long now = query.at().toEpochMilli();
        double decayPerMilli = Math.log(2) / settings.halfLife().toMillis();
        for (int i = 0; i < touchedCount; i++) {
            int product = touched[i];
            double sharedWeight = shared[product];
            shared[product] = 0;
            double similarity = sharedWeight / (queryWeight + index.tagWeightSum(product) - sharedWeight);
            // recency is at most 1 (every candidate completed before now), so similarity bounds the weight
            if (similarity < settings.minSimilarity() || !neighbours.couldTake(similarity)
                    || index.productId(product) == query.productId()) {
                continue;
            }
            neighbours.offer(product, similarity * Math.exp(-decayPerMilli * (now - index.completedMillis(product))));
        }
        return neighbours;
    }

    /** The query's tags most often found on the neighbours that did the action; specific tags before generic ones. */
    private List<String> evidenceTags(SuggestionQuery query, Neighbours neighbours, int action) {
        Map<Integer, Double> tagScores = new HashMap<>();
        for (int i = 0; i < neighbours.size(); i++) {
            int product = neighbours.product(i);
            if (!contains(index.actions(product, query.stage()), action)) {
                continue;
            }
            for (int tag : index.tags(product)) {
                String name = index.tagName(tag);
                if (query.tags().contains(name)) {
                    tagScores.merge(tag, index.tagWeights().weight(name), Double::sum);
                }
            }
        }
        return tagScores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(e -> index.tagName(e.getKey())))
                .limit(EVIDENCE_TAGS)
                .map(e -> index.tagName(e.getKey()))
                .toList();
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static final class ActionTally {
        private double weight;
        private int count;

        void add(double neighbourWeight) {
            weight += neighbourWeight;
            count++;
        }
    }

    /** {@code shared} is all zeros between queries: a query clears every entry it touched. */
    private static final class Scratch {
        private final double[] shared;
        private final int[] touched;

        Scratch(int size) {
            shared = new double[size];
            touched = new int[size];
        }
    }

    private record Ranked(int action, double support, double score, int count) {
    }
}
