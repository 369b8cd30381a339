package com.mallboard.suggest.history;

/**
 * One action similar products took in this stage. {@code support} is the recency- and similarity-weighted share of
 * the neighbours that did it; {@code score} is that share re-ranked by how often people accepted the action.
 */
public record LearnedSuggestion(String title, String actionKey, double support, double score, Evidence evidence) {
}
