package com.mallboard.suggest;

import static com.mallboard.store.generated.Tables.SUGGESTION_REACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.common.Messages;
import com.mallboard.product.ActionSource;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.JooqSuggestionReactionRepository;
import com.mallboard.store.JooqSuggestionRuleRepository;
import com.mallboard.store.TestStore;
import com.mallboard.suggest.rules.DueDate;
import com.mallboard.suggest.rules.LocalizedText;
import com.mallboard.suggest.rules.Priority;
import com.mallboard.suggest.rules.RuleAction;
import com.mallboard.suggest.rules.RuleTrigger;
import com.mallboard.suggest.rules.SuggestionRule;
import com.mallboard.suggest.rules.SuggestionRuleService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open suggestions on real SQLite: priority order, at most three, and the accept / dismiss / snooze memory. */
class SuggestionServiceTest {
    /** {@code TestClock.START} is 2026-11-25 10:00 in Seoul. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path folder;
    private TestStore store;
    private SuggestionRuleService rules;
    private SuggestionService service;
    private JooqSuggestionReactionRepository reactions;

    @BeforeEach
    void open() {
        store = TestStore.open(folder);
        rules = new SuggestionRuleService(new JooqSuggestionRuleRepository(store.dsl()), store.settings());
        reactions = new JooqSuggestionReactionRepository(store.dsl());
        service = SuggestionFixture.service(store, rules, new Messages(Messages.KOREAN));
    }

    @Test
    void showsAtMostThreeHighestPriorityFirstThenInRuleOrder() {
        rule("low-one", "라벨 문구 검토", Priority.LOW);
        rule("high-one", "SPF 시험 성적서 발주", Priority.HIGH);
        rule("medium-one", "원료 규격서 요청", Priority.MEDIUM);
        rule("low-two", "샘플 촬영", Priority.LOW);
        Product sunscreen = sunscreen("TOR-SUN");

        assertThat(service.open(sunscreen)).extracting(Suggestion::key)
                .containsExactly("high-one", "medium-one", "low-one");
        assertThat(service.open(sunscreen)).allSatisfy(s -> {
            assertThat(s.source()).isEqualTo(SuggestionSource.RULE);
            assertThat(s.stage()).isEqualTo(Stage.SOURCING);
            assertThat(s.reason()).contains("sunscreen");
        });
    }

    @Test
    void acceptAddsARuleActionWithItsDueDateAndIsNotSuggestedAgain() {
        rule("high-one", "SPF 시험 성적서 발주", Priority.HIGH);
        Product sunscreen = sunscreen("TOR-SUN");
        Suggestion suggestion = service.open(sunscreen).get(0);

        ChecklistAction added = service.accept(sunscreen, suggestion);

        assertThat(store.products().checklist(sunscreen.id())).containsExactly(added);
        assertThat(added.title()).isEqualTo("SPF 시험 성적서 발주");
        assertThat(added.stage()).isEqualTo(Stage.SOURCING);
        assertThat(added.dueDate()).isEqualTo(TODAY.plusDays(10));
        assertThat(added.source()).isEqualTo(ActionSource.RULE);
        assertThat(added.done()).isFalse();
        assertThat(reactions.forProduct(sunscreen.id())).singleElement().satisfies(reaction -> {
            assertThat(reaction.reaction()).isEqualTo(Reaction.ACCEPTED);
            assertThat(reaction.key()).isEqualTo("high-one");
            assertThat(reaction.who()).isEqualTo(TestStore.USER);
        });
        assertThat(service.open(sunscreen)).isEmpty();
    }

    @Test
    void anAcceptWhoseMemoryCannotBeStoredLeavesNoChecklistAction() {
        rule("high-one", "SPF 시험 성적서 발주", Priority.HIGH);
        Product sunscreen = sunscreen("TOR-SUN");
        Suggestion open = service.open(sunscreen).get(0);
        Suggestion keyless = new Suggestion(open.source(), null, open.stage(), open.title(), open.description(),
                open.dueDate(), open.priority(), open.reason(), open.confidence(), open.requiredByGate());

        assertThatThrownBy(() -> service.accept(sunscreen, keyless)).isInstanceOf(RuntimeException.class);

        assertThat(store.products().checklist(sunscreen.id())).isEmpty();
        assertThat(store.rowCount(SUGGESTION_REACTION)).isZero();
        assertThat(service.open(sunscreen)).extracting(Suggestion::key).containsExactly("high-one");
    }

    @Test
    void aDismissedSuggestionNeverReturnsForThatProductButOthersStillSeeIt() {
        rule("high-one", "SPF 시험 성적서 발주", Priority.HIGH);
        rule("medium-one", "원료 규격서 요청", Priority.MEDIUM);
        Product first = sunscreen("TOR-SUN");
        Product second = sunscreen("TOR-SUN-2");

        service.dismiss(first, service.open(first).get(0), "  이미 성적서 있음 ");

        assertThat(service.open(first)).extracting(Suggestion::key).containsExactly("medium-one");
        store.clock().advance(Duration.ofDays(60));
        assertThat(service.open(first)).extracting(Suggestion::key).containsExactly("medium-one");
        assertThat(service.open(second)).extracting(Suggestion::key).containsExactly("high-one", "medium-one");
        assertThat(reactions.forProduct(first.id())).singleElement().satisfies(reaction -> {
            assertThat(reaction.reaction()).isEqualTo(Reaction.DISMISSED);
            assertThat(reaction.reason()).isEqualTo("이미 성적서 있음");
        });
        assertThat(store.products().checklist(first.id())).isEmpty();
    }

    @Test
    void aDismissalWithoutReasonStoresNone() {
        rule("high-one", "SPF 시험 성적서 발주", Priority.HIGH);
        Product sunscreen = sunscreen("TOR-SUN");

        service.dismiss(sunscreen, service.open(sunscreen).get(0), "   ");

        assertThat(reactions.forProduct(sunscreen.id())).singleElement()
                .satisfies(reaction -> assertThat(reaction.reason()).isNull());
        assertThat(store.rowCount(SUGGESTION_REACTION)).isEqualTo(1);
    }

    @Test
    void aSnoozedSuggestionReturnsSevenDaysLaterInSeoul() {
        rule("high-one", "SPF 시험 성적서 발주", Priority.HIGH);
        Product sunscreen = sunscreen("TOR-SUN");

        LocalDate until = service.snooze(sunscreen, service.open(sunscreen).get(0));

        assertThat(until).isEqualTo(TODAY.plusDays(7));
        assertThat(service.open(sunscreen)).isEmpty();
        store.clock().advance(Duration.ofDays(6));
        assertThat(service.open(sunscreen)).isEmpty();
        store.clock().advance(Duration.ofDays(1));
        assertThat(service.open(sunscreen)).extracting(Suggestion::key).containsExactly("high-one");
    }

    @Test
    void theSeededSunscreenRuleIsOpenForASunscreenInSourcing() {
        rules.seedDefaults();
        Product sunscreen = sunscreen("TOR-SUN");

        assertThat(service.open(sunscreen)).extracting(Suggestion::key).containsExactly("sunscreen-spf-test-report");
        assertThat(service.open(store.createAt(Stage.SOURCING, TestStore.completeDetails("PLAIN")))).isEmpty();
    }

    private Product sunscreen(String sku) {
        return store.createAt(Stage.SOURCING, TestStore.completeDetails(sku), "sunscreen");
    }

    private void rule(String code, String title, Priority priority) {
        rules.save(new SuggestionRule(null, code, LocalizedText.of(title + " 규칙", null), true,
                RuleTrigger.at(Set.of(Stage.SOURCING), "sunscreen"),
                new RuleAction(LocalizedText.of(title, null), LocalizedText.of("", null), DueDate.fromNow(10), priority,
                        false)));
    }

}
