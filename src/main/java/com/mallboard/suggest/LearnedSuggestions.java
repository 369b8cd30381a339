package com.mallboard.suggest;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.suggest.history.LearnedSuggestion;
import com.mallboard.suggest.history.ReactionLog;
import com.mallboard.suggest.history.SuggestionQuery;
import com.mallboard.suggest.rules.Priority;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Learned suggestions in the panel's terms: what similar completed products did in this stage, keyed
 * {@code learned:<action key>} so they never clash with rule codes, re-ranked by every stored reaction to them.
 * A learned action is due {@link #DUE_DAYS} days after it is accepted; one most similar products took is of medium
 * priority, others low, so a rule a manager marked high still comes first.
 */
public class LearnedSuggestions {
    public static final String KEY_PREFIX = "learned:";
    static final int DUE_DAYS = 7;
    private static final double MEDIUM_SUPPORT = 0.7;
    /** Asked for more than the panel shows: some fall away as already on the checklist, dismissed or snoozed. */
    private static final int CANDIDATES = 8;
    /** Queries are shared by every product with the same tags and stage, so none of them is excluded as "itself". */
    private static final long ANY_PRODUCT = -1;

    private final LearnedHistory history;
    private final SuggestionReactions reactions;
    private final Messages messages;
    private final Clock clock;

    public LearnedSuggestions(LearnedHistory history, SuggestionReactions reactions, Messages messages, Clock clock) {
        this.history = history;
        this.reactions = reactions;
        this.messages = messages;
        this.clock = clock;
    }

    /** A batch of questions over one reading of the history and of the reactions; reads the store. */
    public Batch batch() {
        ReactionLog log = new ReactionLog();
        List<SuggestionReaction> stored = reactions.withKeyPrefix(KEY_PREFIX);
        for (SuggestionReaction reaction : stored) {
            String action = reaction.key().substring(KEY_PREFIX.length());
            // a snooze says "not now", not "not this": it counts neither for nor against the action
            if (reaction.reaction() == Reaction.ACCEPTED) {
                log.accepted(reaction.productId(), action);
            } else if (reaction.reaction() == Reaction.DISMISSED) {
                log.dismissed(reaction.productId(), action);
            }
        }
        // reactions are only ever added (or go with their product), so their number and the last one name the state
        String state = stored.size() + "@" + (stored.isEmpty() ? "" : stored.get(stored.size() - 1).at());
        return new Batch(history.answers(state), log);
    }

    /** Questions asked over one reading of the reactions; products alike share one answer, kept between batches. */
    public final class Batch {
        private final LearnedHistory.Answers answers;
        private final ReactionLog log;
        private final LocalDate due;

        private Batch(LearnedHistory.Answers answers, ReactionLog log) {
            this.answers = answers;
            this.log = log;
            this.due = LocalDate.now(clock.withZone(Formats.SEOUL)).plusDays(DUE_DAYS);
        }

        /** What products like this one did at its stage, best first; not yet filtered by this product's memory. */
        public List<Suggestion> suggest(Product product) {
            if (product.stage() == Stage.DONE || product.tags().isEmpty()) {
                return List.of();
            }
            String question = product.stage() + " " + new TreeSet<>(product.tags());
            return answers.byQuestion().computeIfAbsent(question, q -> answers.suggester().suggest(
                            new SuggestionQuery(ANY_PRODUCT, Set.copyOf(product.tags()), product.stage(), clock.instant(),
                                    CANDIDATES), log))
                    .stream().map(learned -> suggestion(product.stage(), learned)).toList();
        }

        private Suggestion suggestion(Stage stage, LearnedSuggestion learned) {
            Priority priority = learned.support() >= MEDIUM_SUPPORT ? Priority.MEDIUM : Priority.LOW;
            return new Suggestion(SuggestionSource.LEARNED, KEY_PREFIX + learned.actionKey(), stage, learned.title(),
                    "", due, priority, learned.evidence().text(messages), Math.min(learned.score(), 0.99), false);
        }
    }
}
