package com.mallboard.suggest;

import static com.mallboard.product.Stage.LABELING;
import static com.mallboard.product.Stage.SOURCING;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.ActionSource;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import com.mallboard.store.JooqSuggestionRuleRepository;
import com.mallboard.store.TestStore;
import com.mallboard.suggest.rules.Priority;
import com.mallboard.suggest.rules.SuggestionRuleService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learned suggestions on the panel, from completed products stored in real SQLite, beside the rules. */
class LearnedSuggestionsTest {
    private static final String QUOTE = "공급사 견적 요청";
    private static final String PHOTOS = "제품 사진 촬영";
    private static final String SPF_REPORT = "SPF/PA 시험 성적서 발주";
    /** {@code TestClock.START} is 2026-11-25 10:00 in Seoul. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

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
    void whatSimilarProductsDidInThisStageIsSuggestedWithItsEvidenceAfterTheRules() {
        rules.seedDefaults();
        completedSunscreens(4, QUOTE, PHOTOS, SPF_REPORT);

        List<Suggestion> open = service.open(sunscreenAt(SOURCING, "NEW-SUN"));

        assertThat(open).extracting(Suggestion::title).containsExactly(SPF_REPORT, QUOTE, PHOTOS);
        assertThat(open.get(0).source()).isEqualTo(SuggestionSource.RULE);
        assertThat(open.get(1)).satisfies(learned -> {
            assertThat(learned.source()).isEqualTo(SuggestionSource.LEARNED);
            assertThat(learned.key()).isEqualTo("learned:공급사 견적 요청");
            assertThat(learned.priority()).isEqualTo(Priority.MEDIUM);
            assertThat(learned.reason()).isEqualTo("비슷한 상품 4개 중 4개(태그 liquid, sunscreen)가 소싱 단계에서 이 작업을 했습니다");
            assertThat(learned.dueDate()).isEqualTo(TODAY.plusDays(7));
        });
    }

    @Test
    void productsOnlyAtAnotherStageOrWithoutSharedTagsGetNothingLearned() {
        completedSunscreens(4, QUOTE);

        assertThat(service.open(sunscreenAt(LABELING, "LATER"))).isEmpty();
        assertThat(service.open(store.createAt(SOURCING, TestStore.completeDetails("LIP"), "lip"))).isEmpty();
    }

    @Test
    void anActionAlreadyOnTheChecklistAtThisStageIsNotSuggestedEvenSpelledDifferently() {
        completedSunscreens(4, QUOTE, PHOTOS);
        Product sunscreen = sunscreenAt(SOURCING, "NEW-SUN");
        store.products().addAction(sunscreen.id(), " 공급사 견적 요청.", SOURCING, null);
        store.products().addAction(sunscreen.id(), "공급사 견적 요청!", LABELING, null);

        assertThat(service.open(sunscreen)).extracting(Suggestion::title).containsExactly(PHOTOS);
    }

    @Test
    void acceptingALearnedSuggestionAddsALearnedActionDueInAWeek() {
        completedSunscreens(3, QUOTE);
        Product sunscreen = sunscreenAt(SOURCING, "NEW-SUN");

        ChecklistAction added = service.accept(sunscreen, service.open(sunscreen).get(0));

        assertThat(added.title()).isEqualTo(QUOTE);
        assertThat(added.source()).isEqualTo(ActionSource.LEARNED);
        assertThat(added.requiredByGate()).isFalse();
        assertThat(added.stage()).isEqualTo(SOURCING);
        assertThat(added.dueDate()).isEqualTo(TODAY.plusDays(7));
        assertThat(service.open(sunscreen)).isEmpty();
    }

    @Test
    void aDismissedLearnedSuggestionNeverReturnsForThatProductOnly() {
        completedSunscreens(3, QUOTE);
        Product first = sunscreenAt(SOURCING, "FIRST");
        Product second = sunscreenAt(SOURCING, "SECOND");

        service.dismiss(first, service.open(first).get(0), "이미 견적 받음");
        store.clock().advance(Duration.ofDays(30));

        assertThat(service.open(first)).isEmpty();
        assertThat(service.open(second)).extracting(Suggestion::title).containsExactly(QUOTE);
    }

    @Test
    void actionsPeopleKeepDismissingSinkBelowThoseTheyAccept() {
        completedSunscreens(4, QUOTE, PHOTOS);
        assertThat(service.open(sunscreenAt(SOURCING, "BEFORE"))).extracting(Suggestion::title)
                .containsExactly(QUOTE, PHOTOS);

        for (int i = 0; i < 3; i++) {
            Product other = sunscreenAt(SOURCING, "OTHER-" + i);
            List<Suggestion> open = service.open(other);
            service.dismiss(other, open.stream().filter(s -> s.title().equals(QUOTE)).findFirst().orElseThrow(), "");
            service.accept(other, open.stream().filter(s -> s.title().equals(PHOTOS)).findFirst().orElseThrow());
        }

        List<Suggestion> after = service.open(sunscreenAt(SOURCING, "AFTER"));
        assertThat(after).extracting(Suggestion::title).containsExactly(PHOTOS, QUOTE);
        assertThat(after.get(0).confidence()).isGreaterThan(after.get(1).confidence());
    }

    @Test
    void answersKeptBetweenQuestionsFollowNewReactionsButNotNewHistoryUntilItIsReadAgain() {
        service = SuggestionFixture.service(store, rules, new Messages(Messages.KOREAN), Duration.ofMinutes(10));
        completedSunscreens(4, QUOTE, PHOTOS);
        assertThat(service.openCounts(List.of(sunscreenAt(SOURCING, "FIRST")))).containsValue(2);
        assertThat(service.open(sunscreenAt(SOURCING, "BEFORE"))).extracting(Suggestion::title)
                .containsExactly(QUOTE, PHOTOS);

        for (int i = 0; i < 3; i++) {
            Product other = sunscreenAt(SOURCING, "OTHER-" + i);
            List<Suggestion> open = service.open(other);
            service.dismiss(other, open.stream().filter(s -> s.title().equals(QUOTE)).findFirst().orElseThrow(), "");
        }
        for (int i = 0; i < 5; i++) {
            store.createCompleted("PAST-NEW-" + i, Instant.parse("2026-10-01T00:00:00Z"), 6,
                    Set.of("sunscreen", "liquid"), SOURCING, "원료 규격서 요청");
        }

        assertThat(service.open(sunscreenAt(SOURCING, "AFTER"))).extracting(Suggestion::title)
                .containsExactly(PHOTOS, QUOTE);
        store.clock().advance(Duration.ofMinutes(11));
        assertThat(service.open(sunscreenAt(SOURCING, "LATER"))).extracting(Suggestion::title)
                .contains("원료 규격서 요청");
    }

    @Test
    void openCountsForTheBoardAreWhatEachPanelWouldShow() {
        rules.seedDefaults();
        completedSunscreens(4, QUOTE, PHOTOS);
        Product sourcing = sunscreenAt(SOURCING, "SOURCING");
        Product dismissedAll = sunscreenAt(SOURCING, "DISMISSED");
        service.open(dismissedAll).forEach(suggestion -> service.dismiss(dismissedAll, suggestion, null));
        Product lip = store.createAt(SOURCING, TestStore.completeDetails("LIP"), "lip");

        Map<Long, Integer> counts = service.openCounts(List.of(sourcing, dismissedAll, lip));

        assertThat(counts).containsExactlyEntriesOf(Map.of(sourcing.id(), service.open(sourcing).size()));
        assertThat(counts.get(sourcing.id())).isEqualTo(3);
    }

    /** {@code count} sunscreens completed in the last months, each having done {@code sourcingActions}. */
    private void completedSunscreens(int count, String... sourcingActions) {
        for (int i = 0; i < count; i++) {
            Object[] actions = new Object[sourcingActions.length * 2];
            for (int a = 0; a < sourcingActions.length; a++) {
                actions[2 * a] = SOURCING;
                actions[2 * a + 1] = sourcingActions[a];
            }
            store.createCompleted("PAST-" + i, Instant.parse("2026-06-01T00:00:00Z").plus(Duration.ofDays(7L * i)), 6,
                    Set.of("sunscreen", "liquid"), actions);
        }
    }

    private Product sunscreenAt(com.mallboard.product.Stage stage, String sku) {
        return store.createAt(stage, TestStore.completeDetails(sku), "sunscreen", "liquid");
    }
}
