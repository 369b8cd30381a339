package com.mallboard.suggest;

import com.mallboard.suggest.history.HistoryIndex;
import com.mallboard.suggest.history.LearnedSettings;
import com.mallboard.suggest.history.LearnedSuggester;
import com.mallboard.suggest.history.LearnedSuggestion;
import com.mallboard.suggest.history.PastProducts;
import com.mallboard.suggest.history.ReactionLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The history learned suggestions consult, read from the store and indexed once, then kept for {@code maxAge}:
 * products complete over days, so a few minutes' delay costs nothing while a board of 50,000 cards asks thousands
 * of questions. Answers are kept with it until the history or the reactions change. One instance per app, shared by
 * every window and language. Thread-safe.
 */
public class LearnedHistory {
    private final PastProducts source;
    private final LearnedSettings settings;
    private final Clock clock;
    private final Duration maxAge;
    private LearnedSuggester suggester;
    private Instant builtAt;
    private Answers answers;

    public LearnedHistory(PastProducts source, LearnedSettings settings, Clock clock, Duration maxAge) {
        this.source = source;
        this.settings = settings;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The ranking over the current history; reads the store when the index is missing or too old. */
    public synchronized LearnedSuggester suggester() {
        Instant now = clock.instant();
        if (suggester == null || builtAt.plus(maxAge).isBefore(now)) {
            HistoryIndex index = HistoryIndex.build(source.completed(), settings.tagWeights());
            suggester = new LearnedSuggester(index, settings, new ReactionLog());
            builtAt = now;
        }
        return suggester;
    }

    /**
     * The ranking with the answers it already gave while the reactions were in {@code reactionsState}: a board asks
     * the same questions at every load, and an answer only changes with the history or the reactions.
     */
    public synchronized Answers answers(String reactionsState) {
        LearnedSuggester current = suggester();
        if (answers == null || answers.suggester() != current || !answers.reactionsState().equals(reactionsState)) {
            answers = new Answers(current, reactionsState, new ConcurrentHashMap<>());
        }
        return answers;
    }

    /** Answers by question (stage and tags) of one ranking under one state of the reactions; thread-safe. */
    public record Answers(LearnedSuggester suggester, String reactionsState,
            Map<String, List<LearnedSuggestion>> byQuestion) {
    }

    /** Reads the history again at the next question (after products were added or removed in bulk). */
    public synchronized void forget() {
        suggester = null;
    }
}
