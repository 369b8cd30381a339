package com.mallboard.store;

import static com.mallboard.store.ProductMapper.date;
import static com.mallboard.store.ProductMapper.instant;
import static com.mallboard.store.ProductMapper.text;
import static com.mallboard.store.generated.Tables.SUGGESTION_REACTION;

import com.mallboard.product.Stage;
import com.mallboard.store.generated.tables.records.SuggestionReactionRecord;
import com.mallboard.suggest.Reaction;
import com.mallboard.suggest.SuggestionReaction;
import com.mallboard.suggest.SuggestionReactions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Reactions to suggestions, one row each (see V8). */
public class JooqSuggestionReactionRepository implements SuggestionReactions {
    private final DSLContext dsl;

    public JooqSuggestionReactionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(SuggestionReaction reaction) {
        insert(dsl, reaction);
    }

    /**
     * The app's store is one SQLite connection held by one thread at a time ({@code SingleConnectionProvider}), so a
     * repository writing through its own {@code DSLContext} inside {@code alongside} writes into this transaction.
     */
    @Override
    public <T> T recordWith(SuggestionReaction reaction, Supplier<T> alongside) {
        return dsl.transactionResult(cfg -> {
            T result = alongside.get();
            insert(cfg.dsl(), reaction);
            return result;
        });
    }

    private static void insert(DSLContext tx, SuggestionReaction reaction) {
        SuggestionReactionRecord row = tx.newRecord(SUGGESTION_REACTION);
        row.setProductId((int) reaction.productId());
        row.setSuggestionKey(reaction.key());
        row.setStage(reaction.stage().name());
        row.setReaction(reaction.reaction().name());
        row.setReason(reaction.reason());
        row.setSnoozedUntil(text(reaction.snoozedUntil()));
        row.setAt(text(reaction.at()));
        row.setWho(reaction.who());
        row.store();
    }

    @Override
    public List<SuggestionReaction> forProduct(long productId) {
        return read(SUGGESTION_REACTION.PRODUCT_ID.eq((int) productId));
    }

    @Override
    public Map<Long, List<SuggestionReaction>> forProducts(Collection<Long> productIds) {
        Map<Long, List<SuggestionReaction>> reactions = new HashMap<>();
        IdChunks.forEach(productIds, ids -> read(SUGGESTION_REACTION.PRODUCT_ID.in(ids)).forEach(reaction ->
                reactions.computeIfAbsent(reaction.productId(), id -> new ArrayList<>()).add(reaction)));
        return reactions;
    }

    @Override
    public List<SuggestionReaction> withKeyPrefix(String prefix) {
        return read(SUGGESTION_REACTION.SUGGESTION_KEY.startsWith(prefix));
    }

    private List<SuggestionReaction> read(Condition condition) {
        return dsl.selectFrom(SUGGESTION_REACTION).where(condition).orderBy(SUGGESTION_REACTION.ID)
                .fetch(r -> new SuggestionReaction(r.getProductId(), r.getSuggestionKey(), Stage.valueOf(r.getStage()),
                        Reaction.valueOf(r.getReaction()), r.getReason(), date(r.getSnoozedUntil()),
                        instant(r.getAt()), r.getWho()));
    }
}
