package com.mallboard.suggest;

import com.mallboard.common.Messages;
import com.mallboard.store.JooqPastProductRepository;
import com.mallboard.store.JooqSuggestionReactionRepository;
import com.mallboard.store.TestStore;
import com.mallboard.suggest.history.LearnedSettings;
import com.mallboard.suggest.rules.RuleEngine;
import com.mallboard.suggest.rules.SuggestionRuleService;
import java.time.Duration;

/** The suggestion service as the app wires it, over a test store: rules, learned history and reactions in SQLite. */
public final class SuggestionFixture {
    private SuggestionFixture() {
    }

    /** History is read again for every question, so a test sees the products it just completed. */
    public static SuggestionService service(TestStore store, SuggestionRuleService rules, Messages messages) {
        return service(store, rules, messages, Duration.ofMillis(-1));
    }

    /** As the app keeps it: history (and the answers given over it) kept for {@code historyAge}. */
    public static SuggestionService service(TestStore store, SuggestionRuleService rules, Messages messages,
            Duration historyAge) {
        JooqSuggestionReactionRepository reactions = new JooqSuggestionReactionRepository(store.dsl());
        LearnedHistory history = new LearnedHistory(new JooqPastProductRepository(store.dsl()),
                LearnedSettings.defaults(), store.clock(), historyAge);
        return new SuggestionService(rules, new RuleEngine(store.clock(), messages),
                new LearnedSuggestions(history, reactions, messages, store.clock()), store.products(), reactions,
                store.clock(), TestStore.USER);
    }
}
