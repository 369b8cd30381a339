package com.mallboard.suggest.history;

import java.time.Duration;

/**
 * The knobs of the learned ranking.
 *
 * @param halfLife       a product completed this long before the query counts half as much as one completed now
 * @param neighbours     how many of the most similar (and recent) past products are consulted
 * @param minSimilarity  weighted Jaccard below which a past product is not "similar" at all
 * @param minSupport     share of the neighbours' weight an action needs before it is suggested
 * @param tagWeights     generic tags weigh less in the similarity
 * @param priorAcceptance acceptance rate assumed for an action nobody has reacted to yet
 * @param priorStrength  how many reactions the prior is worth (Bayesian smoothing)
 */
public record LearnedSettings(Duration halfLife, int neighbours, double minSimilarity, double minSupport,
        TagWeights tagWeights, double priorAcceptance, double priorStrength) {

    public LearnedSettings {
        if (halfLife.isZero() || halfLife.isNegative()) {
            throw new IllegalArgumentException("halfLife must be positive");
        }
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be at least 1");
        }
        if (priorAcceptance <= 0 || priorAcceptance >= 1 || priorStrength <= 0) {
            throw new IllegalArgumentException("priorAcceptance must be in (0, 1) and priorStrength positive");
        }
    }

    /** Tuned on generated history seed 1 only (see {@code SuggestionEvaluation}). */
    public static LearnedSettings defaults() {
        return new LearnedSettings(Duration.ofDays(365), 20, 0.3, 0.45, TagWeights.of(0.3), 0.5, 4);
    }

    public LearnedSettings withHalfLife(Duration value) {
        return new LearnedSettings(value, neighbours, minSimilarity, minSupport, tagWeights, priorAcceptance,
                priorStrength);
    }

    public LearnedSettings withNeighbours(int value) {
        return new LearnedSettings(halfLife, value, minSimilarity, minSupport, tagWeights, priorAcceptance,
                priorStrength);
    }

    public LearnedSettings withMinSupport(double value) {
        return new LearnedSettings(halfLife, neighbours, minSimilarity, value, tagWeights, priorAcceptance,
                priorStrength);
    }

    public LearnedSettings withMinSimilarity(double value) {
        return new LearnedSettings(halfLife, neighbours, value, minSupport, tagWeights, priorAcceptance,
                priorStrength);
    }

    public LearnedSettings withTagWeights(TagWeights value) {
        return new LearnedSettings(halfLife, neighbours, minSimilarity, minSupport, value, priorAcceptance,
                priorStrength);
    }
}
