package com.mallboard.store;

import static com.mallboard.store.generated.Tables.SUGGESTION_RULE;

import com.mallboard.store.generated.tables.records.SuggestionRuleRecord;
import com.mallboard.suggest.rules.DueDate;
import com.mallboard.suggest.rules.LocalizedText;
import com.mallboard.suggest.rules.Priority;
import com.mallboard.suggest.rules.RuleAction;
import com.mallboard.suggest.rules.RuleJson;
import com.mallboard.suggest.rules.RuleRepository;
import com.mallboard.suggest.rules.StaleRuleException;
import com.mallboard.suggest.rules.SuggestionRule;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** Suggestion rules: the "when" as JSON text, the suggested action in columns (see V7). */
public class JooqSuggestionRuleRepository implements RuleRepository {
    private final DSLContext dsl;

    public JooqSuggestionRuleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<SuggestionRule> all() {
        return dsl.selectFrom(SUGGESTION_RULE).orderBy(SUGGESTION_RULE.ID).fetch(JooqSuggestionRuleRepository::toRule);
    }

    @Override
    public SuggestionRule save(SuggestionRule rule) {
        return save(dsl, rule);
    }

    @Override
    public void delete(long ruleId) {
        dsl.deleteFrom(SUGGESTION_RULE).where(SUGGESTION_RULE.ID.eq((int) ruleId)).execute();
    }

    @Override
    public void setEnabled(long ruleId, boolean enabled) {
        dsl.update(SUGGESTION_RULE).set(SUGGESTION_RULE.ENABLED, enabled ? 1 : 0)
                .set(SUGGESTION_RULE.VERSION, SUGGESTION_RULE.VERSION.plus(1))
                .where(SUGGESTION_RULE.ID.eq((int) ruleId)).execute();
    }

    @Override
    public List<SuggestionRule> replaceAll(List<SuggestionRule> rules) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(SUGGESTION_RULE).execute();
            List<SuggestionRule> saved = new ArrayList<>();
            for (SuggestionRule rule : rules) {
                saved.add(save(tx, new SuggestionRule(null, rule.code(), rule.name(), rule.enabled(), rule.trigger(),
                        rule.action())));
            }
            return saved;
        });
    }

    private static SuggestionRule save(DSLContext tx, SuggestionRule rule) {
        SuggestionRuleRecord row = rule.id() == null ? null
                : tx.selectFrom(SUGGESTION_RULE).where(SUGGESTION_RULE.ID.eq(rule.id().intValue())).fetchOne();
        if (row == null && rule.version() > 0) {
            throw new StaleRuleException(rule.id());
        }
        boolean stored = row != null;
        if (!stored) {
            row = tx.newRecord(SUGGESTION_RULE);
        }
        RuleAction action = rule.action();
        row.setCode(rule.code());
        row.setEnabled(rule.enabled() ? 1 : 0);
        row.setNameKo(rule.name().ko());
        row.setNameEn(rule.name().en());
        row.setTriggerJson(RuleJson.triggerText(rule.trigger()));
        row.setTitleKo(action.title().ko());
        row.setTitleEn(action.title().en());
        row.setDescriptionKo(action.description().ko());
        row.setDescriptionEn(action.description().en());
        row.setDueDays(action.due() == null ? null : action.due().days());
        row.setDueFrom(action.due() == null ? null : action.due().anchor().code());
        row.setPriority(action.priority().name());
        row.setRequiredByGate(action.requiredByGate() ? 1 : 0);
        if (!stored) {
            row.setVersion(1);
            row.store();
            return toRule(row);
        }
        int expected = rule.version() > 0 ? rule.version() : row.getVersion();
        row.setVersion(expected + 1);
        int written = tx.update(SUGGESTION_RULE).set(row)
                .where(SUGGESTION_RULE.ID.eq(row.getId()).and(SUGGESTION_RULE.VERSION.eq(expected))).execute();
        if (written == 0) {
            throw new StaleRuleException(rule.id());
        }
        return toRule(row);
    }

    private static SuggestionRule toRule(SuggestionRuleRecord row) {
        DueDate due = row.getDueDays() == null ? null
                : new DueDate(DueDate.Anchor.fromCode(row.getDueFrom()).orElse(DueDate.Anchor.FROM_NOW), row.getDueDays());
        RuleAction action = new RuleAction(LocalizedText.of(row.getTitleKo(), row.getTitleEn()),
                LocalizedText.of(row.getDescriptionKo(), row.getDescriptionEn()), due, Priority.valueOf(row.getPriority()),
                row.getRequiredByGate() != 0);
        return new SuggestionRule((long) row.getId(), row.getCode(), LocalizedText.of(row.getNameKo(), row.getNameEn()),
                row.getEnabled() != 0, RuleJson.triggerFromText(row.getTriggerJson()), action, row.getVersion());
    }
}
