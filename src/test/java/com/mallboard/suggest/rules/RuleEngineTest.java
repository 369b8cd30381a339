package com.mallboard.suggest.rules;

import static com.mallboard.product.Stage.LABELING;
import static com.mallboard.product.Stage.PLANNING;
import static com.mallboard.product.Stage.SOURCING;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.ActionSource;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Gtin;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.store.TestClock;
import com.mallboard.store.TestStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
    /** TestClock.START is 2026-11-25 in Seoul. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final RuleEngine korean = new RuleEngine(new TestClock(), new Messages(Messages.KOREAN));
    private final RuleEngine english = new RuleEngine(new TestClock(), new Messages(Messages.ENGLISH));

    static Product product(Stage stage, UnaryOperator<ProductDetails> change, String... tags) {
        ProductDetails details = change.apply(TestStore.completeDetails("TOR-SUN"));
        return new Product(7, details, stage, Set.of(tags), false, TestClock.START, TestClock.START, TestClock.START,
                null, 1);
    }

    static Product product(Stage stage, String... tags) {
        return product(stage, d -> d, tags);
    }

    private static SuggestionRule rule(RuleTrigger when) {
        return new SuggestionRule(1L, "test-rule", LocalizedText.of("선크림 시험 성적서", "Sunscreen test report"), true, when,
                new RuleAction(LocalizedText.of("SPF/PA 시험 성적서 발주", "Order SPF/PA test report"), null,
                        DueDate.fromNow(10), Priority.HIGH, true));
    }

    private boolean fires(RuleTrigger when, Product product) {
        return !korean.suggest(product, List.of(), List.of(rule(when))).isEmpty();
    }

    @Test
    void allTagsMustAllBePresentAtOneOfTheRuleStages() {
        RuleTrigger when = RuleTrigger.at(Set.of(SOURCING), "sunscreen", "spf50");
        assertThat(fires(when, product(SOURCING, "sunscreen", "spf50", "liquid"))).isTrue();
        assertThat(fires(when, product(SOURCING, "sunscreen"))).isFalse();
        assertThat(fires(when, product(PLANNING, "sunscreen", "spf50"))).isFalse();
    }

    @Test
    void anyTagsNeedOneOfThemAndNoneTagsNeedNoneOfThem() {
        RuleTrigger any = RuleTrigger.at(Set.of(LABELING)).withAnyTags("liquid", "cold-chain");
        assertThat(fires(any, product(LABELING, "cold-chain"))).isTrue();
        assertThat(fires(any, product(LABELING, "fragile"))).isFalse();

        RuleTrigger none = RuleTrigger.at(Set.of(LABELING), "fragile").withNoneTags("gift-set");
        assertThat(fires(none, product(LABELING, "fragile"))).isTrue();
        assertThat(fires(none, product(LABELING, "fragile", "gift-set"))).isFalse();
    }

    @Test
    void launchWithinDaysCountsFromTodayInSeoulAndNeedsALaunchDate() {
        RuleTrigger when = RuleTrigger.at(Set.of(PLANNING)).withConditions(FieldCondition.launchWithinDays(14));
        assertThat(fires(when, product(PLANNING, d -> d.toBuilder().launchDate(TODAY.plusDays(14)).build()))).isTrue();
        assertThat(fires(when, product(PLANNING, d -> d.toBuilder().launchDate(TODAY.plusDays(15)).build()))).isFalse();
        assertThat(fires(when, product(PLANNING, d -> d.toBuilder().launchDate(TODAY.minusDays(1)).build()))).isTrue();
        assertThat(fires(when, product(PLANNING, d -> d.toBuilder().launchDate(null).build()))).isFalse();
    }

    @Test
    void barcodeConditions() {
        RuleTrigger missing = RuleTrigger.at(Set.of(LABELING)).withConditions(FieldCondition.barcodeMissing());
        RuleTrigger notEan13 = RuleTrigger.at(Set.of(LABELING)).withConditions(FieldCondition.barcodeNotEan13());
        Product none = product(LABELING, d -> d.toBuilder().barcode(null).build());
        Product wrongCheckDigit = product(LABELING, d -> d.toBuilder().barcode("8801234567890").build());
        Product valid = product(LABELING, d -> d.toBuilder().barcode(Gtin.ean13("880123456789")).build());

        assertThat(fires(missing, none)).isTrue();
        assertThat(fires(missing, wrongCheckDigit)).isFalse();
        assertThat(fires(notEan13, none)).isTrue();
        assertThat(fires(notEan13, wrongCheckDigit)).isTrue();
        assertThat(fires(notEan13, valid)).isFalse();
    }

    @Test
    void fieldEmptyTestsTheChosenField() {
        RuleTrigger when = RuleTrigger.at(Set.of(SOURCING)).withConditions(FieldCondition.fieldEmpty(RuleField.SUPPLIER));
        assertThat(fires(when, product(SOURCING, d -> d.toBuilder().supplier("  ").build()))).isTrue();
        assertThat(fires(when, product(SOURCING))).isFalse();
        for (RuleField field : RuleField.values()) {
            RuleTrigger each = RuleTrigger.at(Set.of(SOURCING)).withConditions(FieldCondition.fieldEmpty(field));
            assertThat(fires(each, product(SOURCING))).as("complete product, %s", field).isFalse();
        }
    }

    @Test
    void everyConditionMustHold() {
        RuleTrigger when = RuleTrigger.at(Set.of(LABELING), "liquid")
                .withConditions(FieldCondition.barcodeMissing(), FieldCondition.fieldEmpty(RuleField.CAPACITY));
        assertThat(fires(when, product(LABELING, d -> d.toBuilder().barcode(null).capacity(null).build(), "liquid")))
                .isTrue();
        assertThat(fires(when, product(LABELING, d -> d.toBuilder().barcode(null).build(), "liquid"))).isFalse();
    }

    @Test
    void disabledRulesSuggestNothing() {
        SuggestionRule off = rule(RuleTrigger.at(Set.of(SOURCING), "sunscreen")).withEnabled(false);
        assertThat(korean.suggest(product(SOURCING, "sunscreen"), List.of(), List.of(off))).isEmpty();
    }

    @Test
    void theReasonNamesTheRuleTagsAndStageInKoreanAndEnglish() {
        SuggestionRule rule = rule(RuleTrigger.at(Set.of(SOURCING), "sunscreen"));
        Product sunscreen = product(SOURCING, "sunscreen", "spf50");

        RuleSuggestion ko = korean.suggest(sunscreen, List.of(), List.of(rule)).get(0);
        RuleSuggestion en = english.suggest(sunscreen, List.of(), List.of(rule)).get(0);

        assertThat(ko.reason().text()).isEqualTo("규칙 ‘선크림 시험 성적서’: 태그 sunscreen, 소싱 단계");
        assertThat(en.reason().text()).isEqualTo("Rule ‘Sunscreen test report’: tag sunscreen, Sourcing stage");
        assertThat(ko.reason().key()).isEqualTo("suggest.rules.reason");
        assertThat(ko.reason().parts()).extracting(ReasonPart::key)
                .containsExactly("suggest.rules.reason.tags", "suggest.rules.reason.stage");
        assertThat(ko.title()).isEqualTo("SPF/PA 시험 성적서 발주");
        assertThat(en.title()).isEqualTo("Order SPF/PA test report");
        assertThat(ko.dueDate()).isEqualTo(TODAY.plusDays(10));
        assertThat(ko.requiredByGate()).isTrue();
    }

    @Test
    void theReasonExplainsConditionsAndExcludedTags() {
        SuggestionRule rule = rule(RuleTrigger.at(Set.of(LABELING)).withAnyTags("liquid", "cold-chain")
                .withNoneTags("gift-set")
                .withConditions(FieldCondition.launchWithinDays(30), FieldCondition.barcodeNotEan13(),
                        FieldCondition.fieldEmpty(RuleField.SUPPLIER)));
        Product product = product(LABELING,
                d -> d.toBuilder().launchDate(TODAY.plusDays(9)).barcode("123").supplier(null).build(), "liquid");

        assertThat(korean.suggest(product, List.of(), List.of(rule)).get(0).reason().text()).isEqualTo(
                "규칙 ‘선크림 시험 성적서’: 태그 liquid, 태그 gift-set 없음, 출시까지 9일 (기준 30일 이내), "
                        + "바코드 \"123\"이(가) 올바른 EAN-13이 아님, 공급처 비어 있음, 라벨링 단계");
        assertThat(english.suggest(product, List.of(), List.of(rule)).get(0).reason().text()).isEqualTo(
                "Rule ‘Sunscreen test report’: tag liquid, without tag gift-set, launch in 9 days (rule: within 30), "
                        + "barcode \"123\" is not a valid EAN-13, Supplier empty, Labeling stage");
    }

    @Test
    void anActionAlreadyOnTheChecklistAtThisStageIsNotSuggestedAgain() {
        SuggestionRule rule = rule(RuleTrigger.at(Set.of(SOURCING), "sunscreen"));
        Product product = product(SOURCING, "sunscreen");
        ChecklistAction sameInEnglish = new ChecklistAction(1, 7, " order spf/pa TEST report ", SOURCING, null, false,
                ActionSource.MANUAL, false);
        ChecklistAction otherStage = new ChecklistAction(2, 7, "SPF/PA 시험 성적서 발주", PLANNING, null, true,
                ActionSource.RULE, false);

        assertThat(korean.suggest(product, List.of(sameInEnglish), List.of(rule))).isEmpty();
        assertThat(korean.suggest(product, List.of(otherStage), List.of(rule))).hasSize(1);
    }

    @Test
    void dueBeforeLaunchCountsBackFromTheLaunchDateOrFromTodayWithoutOne() {
        DueDate due = DueDate.beforeLaunch(7);
        assertThat(due.from(TODAY, LocalDate.of(2027, 1, 10))).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(due.from(TODAY, null)).isEqualTo(TODAY.plusDays(7));
    }
}
