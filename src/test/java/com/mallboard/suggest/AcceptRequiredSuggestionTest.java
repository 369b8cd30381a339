package com.mallboard.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.JooqSuggestionRuleRepository;
import com.mallboard.store.TestStore;
import com.mallboard.suggest.rules.DueDate;
import com.mallboard.suggest.rules.LocalizedText;
import com.mallboard.suggest.rules.Priority;
import com.mallboard.suggest.rules.RuleAction;
import com.mallboard.suggest.rules.RuleTrigger;
import com.mallboard.suggest.rules.SuggestionRule;
import com.mallboard.suggest.rules.SuggestionRuleService;
import com.mallboard.workflow.GateProblem;
import com.mallboard.workflow.MoveResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepting a suggestion whose rule says the gate requires it puts a required action on the checklist. */
class AcceptRequiredSuggestionTest {
    @TempDir
    Path folder;
    private TestStore store;
    private SuggestionRuleService rules;
    private SuggestionService service;

    @BeforeEach
    void open() {
        store = TestStore.open(folder);
        rules = new SuggestionRuleService(new JooqSuggestionRuleRepository(store.dsl()), store.settings());
        service = SuggestionFixture.service(store, rules, new Messages(Messages.KOREAN));
    }

    @Test
    void acceptingTheSeededSunscreenSuggestionHoldsTheProductInSourcingUntilItIsDone() {
        rules.seedDefaults();
        Product sunscreen = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN"), "sunscreen");
        Suggestion suggestion = service.open(sunscreen).get(0);
        assertThat(suggestion.requiredByGate()).isTrue();

        ChecklistAction added = service.accept(sunscreen, suggestion);

        assertThat(added.requiredByGate()).isTrue();
        assertThat(store.products().checklist(sunscreen.id())).containsExactly(added);
        MoveResult refused = store.workflow().move(sunscreen, Stage.LABELING, null);
        assertThat(refused).isInstanceOfSatisfying(MoveResult.Blocked.class, blocked -> assertThat(blocked.problems())
                .containsExactly(GateProblem.openRequiredActions(List.of(added.title()))));
        store.products().setActionDone(added.id(), true);
        assertThat(store.workflow().move(sunscreen, Stage.LABELING, null).moved()).isTrue();
    }

    @Test
    void aSuggestionWhoseRuleDoesNotRequireItAddsAnOptionalAction() {
        rules.save(new SuggestionRule(null, "photo", LocalizedText.of("샘플 촬영 규칙", null), true,
                RuleTrigger.at(Set.of(Stage.SOURCING), "sunscreen"),
                new RuleAction(LocalizedText.of("샘플 촬영", null), LocalizedText.of("", null), DueDate.fromNow(3),
                        Priority.LOW, false)));
        Product sunscreen = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN"), "sunscreen");

        ChecklistAction added = service.accept(sunscreen, service.open(sunscreen).get(0));

        assertThat(added.requiredByGate()).isFalse();
        assertThat(store.workflow().move(sunscreen, Stage.LABELING, null).moved()).isTrue();
    }
}
