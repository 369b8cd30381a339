package com.mallboard.store;

import static com.mallboard.store.generated.Tables.SUGGESTION_RULE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mallboard.common.Messages;
import com.mallboard.product.ActionSource;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.suggest.rules.DefaultRules;
import com.mallboard.suggest.rules.InvalidRuleException;
import com.mallboard.suggest.rules.LocalizedText;
import com.mallboard.suggest.rules.RuleEngine;
import com.mallboard.suggest.rules.RuleImportException;
import com.mallboard.suggest.rules.RuleProblem;
import com.mallboard.suggest.rules.RuleSuggestion;
import com.mallboard.suggest.rules.StaleRuleException;
import com.mallboard.suggest.rules.SuggestionRule;
import com.mallboard.suggest.rules.SuggestionRuleService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionRuleRepositoryTest {
    @TempDir
    Path folder;
    private TestStore store;
    private JooqSuggestionRuleRepository repository;
    private SuggestionRuleService service;

    @BeforeEach
    void open() {
        store = TestStore.open(folder);
        repository = new JooqSuggestionRuleRepository(store.dsl());
        service = new SuggestionRuleService(repository, store.settings());
    }

    @Test
    void seedingAddsTheDefaultPackOnceAndNeverBringsBackDeletedRules() {
        assertThat(service.seedDefaults()).isEqualTo(DefaultRules.beautyCommerce().size());
        assertThat(service.rules()).extracting(SuggestionRule::code)
                .containsExactlyElementsOf(DefaultRules.beautyCommerce().stream().map(SuggestionRule::code).toList());
        assertThat(service.rules()).allSatisfy(rule -> assertThat(rule.id()).isNotNull());

        service.delete(service.rules().get(0).id());
        assertThat(service.seedDefaults()).isZero();
        assertThat(store.rowCount(SUGGESTION_RULE)).isEqualTo(DefaultRules.beautyCommerce().size() - 1);
    }

    @Test
    void storedRulesReadBackEqualWithTheirIds() {
        service.seedDefaults();
        List<SuggestionRule> stored = service.rules();

        List<SuggestionRule> withoutIds = stored.stream()
                .map(r -> new SuggestionRule(null, r.code(), r.name(), r.enabled(), r.trigger(), r.action())).toList();
        assertThat(withoutIds).isEqualTo(DefaultRules.beautyCommerce());
        assertThat(new JooqSuggestionRuleRepository(store.dsl()).all()).isEqualTo(stored);
    }

    @Test
    void savingARuleSomeoneElseChangedOrDeletedSinceItWasReadIsRefused() {
        service.seedDefaults();
        SuggestionRule mine = service.rules().get(0);
        SuggestionRule theirs = service.rules().get(0);
        service.save(new SuggestionRule(theirs.id(), theirs.code(), LocalizedText.of("상대방 이름", null), true,
                theirs.trigger(), theirs.action(), theirs.version()));
        SuggestionRule myEdit = new SuggestionRule(mine.id(), mine.code(), LocalizedText.of("내 이름", null), true,
                mine.trigger(), mine.action(), mine.version());

        assertThatThrownBy(() -> service.save(myEdit)).isInstanceOf(StaleRuleException.class);
        assertThat(service.rules().get(0).name().ko()).isEqualTo("상대방 이름");

        SuggestionRule reread = service.rules().get(0);
        service.setEnabled(reread.id(), false);
        assertThatThrownBy(() -> service.save(reread)).isInstanceOf(StaleRuleException.class);
        SuggestionRule beforeDelete = service.rules().get(1);
        service.delete(beforeDelete.id());
        assertThatThrownBy(() -> service.save(beforeDelete)).isInstanceOf(StaleRuleException.class);
        assertThat(service.rules()).extracting(SuggestionRule::id).doesNotContain(beforeDelete.id());
    }

    @Test
    void editingDisablingAndDeleting() {
        service.seedDefaults();
        SuggestionRule first = service.rules().get(0);
        SuggestionRule renamed = new SuggestionRule(first.id(), first.code(), LocalizedText.of("새 이름", "New name"),
                true, first.trigger(), first.action());

        service.save(renamed);
        service.setEnabled(service.rules().get(1).id(), false);
        service.delete(service.rules().get(2).id());

        List<SuggestionRule> rules = service.rules();
        assertThat(rules.get(0)).usingRecursiveComparison().ignoringFields("version").isEqualTo(renamed);
        assertThat(rules.get(0).version()).isEqualTo(first.version() + 1);
        assertThat(rules.get(1).enabled()).isFalse();
        assertThat(rules).hasSize(DefaultRules.beautyCommerce().size() - 1);
    }

    @Test
    void aRuleWithAnotherRulesCodeOrNoTitleIsNotSaved() {
        service.seedDefaults();
        SuggestionRule copy = service.rules().get(0);
        SuggestionRule clash = new SuggestionRule(null, copy.code(), copy.name(), true, copy.trigger(), copy.action());

        InvalidRuleException e = catchThrowableOfType(InvalidRuleException.class, () -> service.save(clash));

        assertThat(e.problems()).extracting(RuleProblem::key).containsExactly("suggest.rules.invalid.code.duplicate");
        assertThat(store.rowCount(SUGGESTION_RULE)).isEqualTo(DefaultRules.beautyCommerce().size());
    }

    @Test
    void importReplacesEveryRuleAndExportGivesTheSameFile() throws RuleImportException {
        service.seedDefaults();
        String exported = service.exportText();
        service.delete(service.rules().get(0).id());
        service.setEnabled(service.rules().get(0).id(), false);

        service.importText(exported);

        assertThat(service.exportText()).isEqualTo(exported);
    }

    @Test
    void aRuleFileWrittenToDiskReadsBackIntoAnotherDataFolder(@TempDir Path other) throws Exception {
        service.seedDefaults();
        service.setEnabled(service.rules().get(3).id(), false);
        Path file = folder.resolve("rules.json");
        service.exportTo(file);

        TestStore second = TestStore.open(other);
        SuggestionRuleService there = new SuggestionRuleService(new JooqSuggestionRuleRepository(second.dsl()),
                second.settings());
        there.importFrom(file);

        assertThat(there.exportText()).isEqualTo(service.exportText());
        assertThat(there.rules().get(3).enabled()).isFalse();
    }

    @Test
    void aBadFileImportsNothing() {
        service.seedDefaults();
        String before = service.exportText();
        String broken = before.replaceFirst("\"ko\" : \"SPF/PA 시험 성적서 발주\"", "\"ko\" : \"\"");

        RuleImportException e = catchThrowableOfType(RuleImportException.class, () -> service.importText(broken));

        assertThat(e.problems()).extracting(RuleProblem::position, RuleProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "suggest.rules.invalid.title"));
        assertThat(service.exportText()).isEqualTo(before);
    }

    @Test
    void storedRulesSuggestForAStoredProductAndSkipWhatItsChecklistHas() {
        service.seedDefaults();
        Product sunscreen = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN"), "sunscreen");
        RuleEngine engine = new RuleEngine(store.clock(), new Messages(Messages.KOREAN));

        List<RuleSuggestion> before = engine.suggest(sunscreen,
                store.checklistRepository().forProduct(sunscreen.id()), service.rules());
        store.checklistRepository().add(sunscreen.id(), before.get(0).title(), Stage.SOURCING, before.get(0).dueDate(),
                ActionSource.RULE, false);
        List<RuleSuggestion> after = engine.suggest(sunscreen,
                store.checklistRepository().forProduct(sunscreen.id()), service.rules());

        assertThat(before).extracting(RuleSuggestion::title).containsExactly("SPF/PA 시험 성적서 발주");
        assertThat(after).isEmpty();
    }
}
