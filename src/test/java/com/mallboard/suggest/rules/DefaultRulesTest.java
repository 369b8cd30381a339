package com.mallboard.suggest.rules;

import static com.mallboard.product.Stage.LABELING;
import static com.mallboard.product.Stage.PLANNING;
import static com.mallboard.product.Stage.SHIPMENT;
import static com.mallboard.product.Stage.SOURCING;
import static com.mallboard.suggest.rules.RuleEngineTest.product;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.store.TestClock;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultRulesTest {
    private final List<SuggestionRule> pack = DefaultRules.beautyCommerce();
    private final RuleEngine english = new RuleEngine(new TestClock(), new Messages(Messages.ENGLISH));
    private final RuleEngine korean = new RuleEngine(new TestClock(), new Messages(Messages.KOREAN));

    private List<String> titles(Product product) {
        return english.suggest(product, List.of(), pack).stream().map(RuleSuggestion::title).toList();
    }

    @Test
    void thePackIsValidAndHasKoreanAndEnglishTitles() {
        assertThat(RuleValidator.problemsOf(pack)).isEmpty();
        assertThat(pack).allSatisfy(rule -> {
            assertThat(rule.action().title().ko()).isNotBlank();
            assertThat(rule.action().title().en()).isNotBlank();
        });
    }

    @Test
    void eachTagGetsItsActionAtItsStage() {
        assertThat(titles(product(PLANNING, "functional-cosmetic"))).containsExactly("Submit functional-cosmetic review to MFDS");
        assertThat(titles(product(SOURCING, "functional-cosmetic"))).isEmpty();
        assertThat(titles(product(SOURCING, "sunscreen", "spf50"))).containsExactly("Order SPF/PA test report");
        assertThat(titles(product(LABELING, "liquid"))).containsExactly("Leak-proof packaging check");
        assertThat(titles(product(LABELING, "fragile"))).containsExactly("Print FRAGILE label");
        assertThat(titles(product(SHIPMENT, "fragile"))).containsExactly("Print FRAGILE label");
        assertThat(titles(product(SHIPMENT, "cold-chain"))).containsExactly("Book refrigerated courier");
        assertThat(titles(product(LABELING, "gift-set"))).containsExactly("Set-composition label");
        assertThat(titles(product(PLANNING, "limited-time"))).containsExactly("Set sale end date and restock alert");
    }

    @Test
    void aLabelingProductWithoutAValidEan13IsToldToAssignAGtinFirst() {
        Product noBarcode = product(LABELING, d -> d.toBuilder().barcode(null).build(), "fragile", "liquid");
        assertThat(titles(noBarcode)).containsExactly("Assign GTIN", "Leak-proof packaging check", "Print FRAGILE label");
        assertThat(titles(product(LABELING, d -> d.toBuilder().barcode("12345").build()))).containsExactly("Assign GTIN");
        assertThat(titles(product(SOURCING, d -> d.toBuilder().barcode(null).build()))).isEmpty();
    }

    @Test
    void aKoreanSunscreenInSourcingReadsAsTheIssueExample() {
        RuleSuggestion suggestion = korean.suggest(product(SOURCING, "sunscreen"), List.of(), pack).get(0);
        assertThat(suggestion.title()).isEqualTo("SPF/PA 시험 성적서 발주");
        assertThat(suggestion.reason().text()).isEqualTo("규칙 ‘선크림 시험 성적서’: 태그 sunscreen, 소싱 단계");
        assertThat(suggestion.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void limitedTimeIsDueAWeekBeforeLaunch() {
        RuleSuggestion suggestion = english.suggest(product(PLANNING, "limited-time"), List.of(), pack).get(0);
        assertThat(suggestion.dueDate()).isEqualTo(java.time.LocalDate.of(2027, 3, 2).minusDays(7));
    }
}
